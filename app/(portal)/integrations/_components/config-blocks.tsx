"use client";
// The configuration to paste into the sender, with this integration's URL on the address the browser
// reached the portal at (known only after mount: the server renders the path alone).
import { configBlocks } from "@/app/(portal)/integrations/_components/integration-config";
import { CodeBlock } from "@/components/ui/code-block";
import { useIsClient } from "@/components/ui/use-is-client";
import type { IntegrationKind } from "@/lib/alerts/schemas";

export function ConfigBlocks({ kind, path }: { kind: IntegrationKind; path: string }) {
  const isClient = useIsClient();
  const origin = isClient ? window.location.origin : "";
  return (
    <section aria-labelledby="config-heading" className="space-y-2" data-testid="integration-config">
      <h2 id="config-heading" className="text-xs font-medium text-muted uppercase">
        Configuration to copy
      </h2>
      <p className="text-sm text-muted">
        Intake URL: <code className="font-mono text-fg break-all">{`${origin}${path}`}</code>. Replace{" "}
        <code className="font-mono">SECRET</code> (or the credentials file) with the integration&apos;s
        secret.
      </p>
      {configBlocks(origin, kind, path).map((b) => (
        <CodeBlock key={b.id} label={b.label} text={b.text} isCaptioned canCopy testId={`config-${b.id}`} />
      ))}
    </section>
  );
}
