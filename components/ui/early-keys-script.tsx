// Keys pressed before the page hydrates would be lost: this inline script, first in <head>, records
// letters pressed outside fields until the shortcut registry takes them over (components/ui/shortcuts.tsx).

/** The window property the recorder lives on. */
export const EARLY_KEYS_GLOBAL = "__earlyKeys";

/** What the recorder offers the registry: `stop()` detaches it and hands over the keys it kept. */
export type EarlyKeysRecorder = {
  keys: { key: string; at: number }[];
  stop: () => { key: string; at: number }[];
};

/** The recorder: plain ES5 so it runs before any bundle; `at` is the event's timeStamp, the clock the registry uses. */
export const EARLY_KEYS_SOURCE = `(function(){var r={keys:[],stop:function(){removeEventListener("keydown",f,true);var k=r.keys;r.keys=[];return k}};function f(e){var t=e.target;if(e.metaKey||e.ctrlKey||e.altKey||e.repeat||!/^[a-z]$/i.test(e.key))return;if(t&&t.closest&&t.closest("input,textarea,select,[contenteditable],dialog[open]"))return;r.keys.push({key:e.key,at:e.timeStamp})}addEventListener("keydown",f,true);window.${EARLY_KEYS_GLOBAL}=r})();`;

/** The recorder, for the root layout's <head>; `nonce` is the request's CSP nonce. */
export function EarlyKeysScript({ nonce }: { nonce: string | undefined }) {
  // The browser hides a nonce attribute from the DOM after use, so hydration would see it differ.
  return (
    <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: EARLY_KEYS_SOURCE }} />
  );
}
