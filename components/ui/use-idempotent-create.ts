"use client";
// Creating with an Idempotency-Key: one key per fill of the form, so a double submit or a retry after a
// timeout creates the record once; after a success the next fill gets a new key.
import { useState } from "react";

/** A TanStack mutation, as far as the kit's form wrappers use it. */
export type Write<V, R> = {
  mutate: (variables: V, options?: { onSuccess?: (data: R) => void }) => void;
  isPending: boolean;
  isSuccess: boolean;
  error: unknown;
  reset: () => void;
};

/**
 * `const send = useIdempotentCreate(useCreateFreeze())`, then `send(input, onDone)`: the mutation gets
 * `{ input, idempotencyKey }`.
 */
export function useIdempotentCreate<I, R>(create: Write<{ input: I; idempotencyKey: string }, R>) {
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  return (input: I, onSuccess?: (created: R) => void) =>
    create.mutate(
      { input, idempotencyKey },
      {
        onSuccess: (created) => {
          setIdempotencyKey(crypto.randomUUID());
          onSuccess?.(created);
        },
      },
    );
}
