import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { describeError } from "@/lib/log";

// The shapes below are what pg, pg-boss and Prisma's pg adapter throw (seen in `npm run drill` logs).
const refused = Object.assign(
  new AggregateError(
    [
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
        code: "ECONNREFUSED",
        syscall: "connect",
        address: "127.0.0.1",
        port: 5432,
      }),
    ],
    "",
  ),
  { code: "ECONNREFUSED" },
);

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a refused connect (AggregateError)", refused],
    [
      "an administrator shutdown",
      Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
    ],
    [
      "a server starting up",
      Object.assign(new Error("the database system is starting up"), { code: "57P03" }),
    ],
    ["a dropped socket", new Error("Connection terminated unexpectedly")],
    [
      "Prisma's unreachable database",
      Object.assign(new Error("Can't reach database server"), { code: "P1001" }),
    ],
    [
      "an adapter error wrapped by Prisma",
      {
        name: "PrismaClientKnownRequestError",
        code: "P2010",
        meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } },
      },
    ],
    ["a pool connect timeout", new Error("timeout exceeded when trying to connect")],
  ])("is true for %s", (_name, error) => expect(isDatabaseUnavailable(error)).toBe(true));

  it.each([
    [
      "a unique violation",
      Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505" }),
    ],
    ["a programming error", new TypeError("x is undefined")],
    ["nothing", undefined],
  ])("is false for %s", (_name, error) => expect(isDatabaseUnavailable(error)).toBe(false));
});

describe("describeError", () => {
  it("names the message, code and causes instead of [object Object]", () => {
    const bossError = {
      message: "Connection terminated unexpectedly",
      stack: "…",
      queue: "escalation-sweep",
      worker: "w1",
    };
    expect(describeError(bossError)).toEqual({
      message: "Connection terminated unexpectedly",
      queue: "escalation-sweep",
      worker: "w1",
    });
    expect(describeError(refused)).toMatchObject({
      name: "AggregateError",
      code: "ECONNREFUSED",
      errors: [{ message: "connect ECONNREFUSED 127.0.0.1:5432", code: "ECONNREFUSED", port: 5432 }],
    });
    expect(describeError({ weird: 1 })).toEqual({ message: '{"weird":1}' });
  });
});
