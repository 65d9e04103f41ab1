// Several portal instances behind haproxy on one machine, for tests/e2e/multi-instance.spec.ts and the
// recipe in docs/multi-instance.md: a throw-away self-signed certificate, the haproxy configuration
// (TLS terminated at the balancer, round robin, health checks on /api/health, retries and redispatch,
// X-Forwarded-For / X-Forwarded-Proto, timeouts that keep live update streams open), and instances
// started the way `npm start` does, each in its own process group so a test can kill -9 one whole.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./database";

/** Writes a self-signed certificate for localhost into `dir`; returns the PEM haproxy reads (cert + key). */
export function writeSelfSignedCert(dir: string): string {
  const key = path.join(dir, "key.pem");
  const cert = path.join(dir, "cert.pem");
  const result = spawnSync(
    existsSync("/usr/bin/openssl") ? "/usr/bin/openssl" : "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      key,
      "-out",
      cert,
      "-days",
      "1",
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=DNS:localhost,IP:127.0.0.1",
    ],
    { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" },
  );
  if (result.status !== 0)
    throw new Error(`openssl could not make a certificate: ${result.stderr || result.error?.message}`);
  const pem = path.join(dir, "site.pem");
  const both = spawnSync("sh", ["-c", `cat "${cert}" "${key}" > "${pem}"`]);
  if (both.status !== 0) throw new Error("could not write the certificate bundle");
  return pem;
}

export type BalancerOptions = {
  /** The PEM with certificate and key. */
  pem: string;
  /** The public TLS port: round robin over every instance. */
  port: number;
  /** Instances by name (the name is sent back as `x-balanced-to`). */
  instances: { name: string; port: number }[];
  /** Extra TLS ports that always go to one instance: { port: 3444, instance: "b" }. */
  pinned?: { port: number; instance: string }[];
};

/** The haproxy configuration (2.6 syntax) the recipe documents. */
export function haproxyConfig(o: BalancerOptions): string {
  const servers = (names: string[]) =>
    o.instances
      .filter((i) => names.includes(i.name))
      .map((i) => `  server ${i.name} 127.0.0.1:${i.port} check`)
      .join("\n");
  const backend = (name: string, members: string[]) => `
backend ${name}
  balance roundrobin
  option httpchk
  http-check send meth GET uri /api/health
  http-check expect status 200
  default-server inter 500ms fastinter 250ms fall 2 rise 2
  http-response set-header x-balanced-to %s
${servers(members)}
`;
  const frontend = (name: string, port: number, target: string) => `
frontend ${name}
  bind 127.0.0.1:${port} ssl crt ${o.pem} alpn http/1.1
  http-request set-header X-Forwarded-Proto https
  default_backend ${target}
`;
  return `global
  maxconn 4096

defaults
  mode http
  option forwardfor
  option redispatch
  retries 3
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  # live update streams (GET /api/events) stay open; a heartbeat every 15 s keeps them under these
  timeout tunnel 1h
  timeout http-keep-alive 10s
${frontend("portal", o.port, "instances")}${(o.pinned ?? []).map((p) => frontend(`pinned_${p.instance}`, p.port, `only_${p.instance}`)).join("")}${backend(
    "instances",
    o.instances.map((i) => i.name),
  )}${(o.pinned ?? []).map((p) => backend(`only_${p.instance}`, [p.instance])).join("")}`;
}

/** Starts haproxy in the foreground on a configuration file; check it with `haproxy -c` first. */
export function startHaproxy(
  configFile: string,
  bin = existsSync("/usr/sbin/haproxy") ? "/usr/sbin/haproxy" : "haproxy",
): ChildProcess {
  const check = spawnSync(bin, ["-c", "-f", configFile], { encoding: "utf8" });
  if (check.error)
    throw new Error(`cannot run ${bin} (${check.error.message}); on Debian: apt-get install haproxy`);
  if (check.status !== 0)
    throw new Error(`haproxy refused the configuration:\n${check.stdout}${check.stderr}`);
  return spawn(bin, ["-f", configFile, "-db"], { stdio: ["ignore", "ignore", "pipe"] });
}

export function writeHaproxyConfig(dir: string, options: BalancerOptions): string {
  const file = path.join(dir, "haproxy.cfg");
  writeFileSync(file, haproxyConfig(options));
  return file;
}

/**
 * Starts one instance as `npm start` does (scripts/start.ts: migrate, then serve), in its own process
 * group so `killInstance` reaches the server process too.
 */
export function startInstance(
  port: number,
  env: NodeJS.ProcessEnv,
  onOutput?: (line: string) => void,
): ChildProcess {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", path.join(ROOT, "scripts/start.ts")],
    {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", onOutput ? "pipe" : "ignore", onOutput ? "pipe" : "ignore"],
      env: { ...env, NODE_ENV: "production", PORT: String(port), HOST: env.HOST ?? "127.0.0.1" },
    },
  );
  if (onOutput) {
    child.stdout
      ?.setEncoding("utf8")
      .on("data", (s: string) => s.split("\n").filter(Boolean).forEach(onOutput));
    child.stderr
      ?.setEncoding("utf8")
      .on("data", (s: string) => s.split("\n").filter(Boolean).forEach(onOutput));
  }
  return child;
}

/** Signals an instance's whole process group (SIGKILL: a crash; SIGTERM: a stop). */
export function signalInstance(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Stops an instance: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopInstance(child: ChildProcess, graceMs = 12_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    signalInstance(child, "SIGKILL"); // the group may outlive its leader
    return;
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  signalInstance(child, "SIGTERM");
  const timer = setTimeout(() => signalInstance(child, "SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
  signalInstance(child, "SIGKILL");
}
