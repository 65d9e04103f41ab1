import Link from "next/link";

export default function NotFound() {
  return (
    <main className="grid min-h-dvh place-items-center p-6 text-center">
      <div>
        <h1 className="text-lg font-semibold">Page not found</h1>
        <Link href="/" className="mt-2 inline-block text-accent underline">
          Back to Neuron Ops
        </Link>
      </div>
    </main>
  );
}
