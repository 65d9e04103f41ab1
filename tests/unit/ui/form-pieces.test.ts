// The kit's small form pieces as the server renders them: the submit row, a labelled text field bound to
// the form hook, a select over a list, a checkbox, a section's load states, and the not-found default.
import { createElement, type ComponentType, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Checkbox } from "@/components/ui/checkbox";
import { FieldError } from "@/components/ui/field-error";
import { FormActions } from "@/components/ui/form-actions";
import { OptionSelect } from "@/components/ui/option-select";
import { QueryStates } from "@/components/ui/query-states";
import { SegmentNotFound } from "@/components/ui/segment-not-found";
import { TextAreaField, TextField, textProps } from "@/components/ui/text-field";
import { WarningList } from "@/components/ui/warning-list";

// Renders a kit component to HTML; the props are checked by the assertions, not the compiler.
const html = (type: unknown, props: object, ...children: ReactNode[]) =>
  renderToStaticMarkup(createElement(type as ComponentType<object>, props, ...children));
const attr = (markup: string, tag: string) => markup.match(new RegExp(`<${tag}[^>]*>`))?.[0] ?? "";

describe("FormActions", () => {
  it("submits with its label and says which key saves", () => {
    const out = html(FormActions, { submitLabel: "Add vendor", isPending: false });
    expect(attr(out, "button")).toContain('type="submit"');
    expect(attr(out, "button")).not.toContain(`disabled=""`);
    expect(out).toContain("Add vendor");
    expect(out).toMatch(/Enter<\/kbd> to save/);
  });

  it("is disabled with a named spinner while the write is in flight, and takes other buttons after it", () => {
    const out = html(
      FormActions,
      { submitLabel: "Report incident", isPending: true, pendingLabel: "Reporting", verb: "report" },
      createElement("a", { href: "/incidents" }, "Cancel"),
    );
    expect(attr(out, "button")).toContain(`disabled=""`);
    expect(out).toContain('aria-label="Reporting"');
    expect(out.indexOf("Report incident")).toBeLessThan(out.indexOf("Cancel"));
    expect(out).toMatch(/to report/);
  });

  it("stays disabled until hydrated when asked", () => {
    expect(
      attr(html(FormActions, { submitLabel: "Save", isPending: false, isDisabled: true }), "button"),
    ).toContain(`disabled=""`);
  });
});

describe("TextField and textProps", () => {
  const form = {
    values: { name: "Acme", count: 3 },
    set: vi.fn(),
    errorOf: (field: string) => (field === "name" ? "Too short" : undefined),
  };

  it("binds a text value, its setter and its error from the form hook", () => {
    const props = textProps(form, "name");
    expect(props.value).toBe("Acme");
    expect(props.error).toBe("Too short");
    props.onValue("Acme Ltd");
    expect(form.set).toHaveBeenCalledWith("name", "Acme Ltd");
  });

  it("labels the input, marks it invalid and points it at its error", () => {
    const out = html(TextField, { label: "Name", ...textProps(form, "name"), maxLength: 100 });
    const input = attr(out, "input");
    const id = input.match(/id="([^"]+)"/)?.[1];
    expect(out).toContain(`<label for="${id}"`);
    expect(input).toContain('aria-invalid="true"');
    expect(input).toContain(`aria-describedby="${id}-error"`);
    expect(input).toContain('maxLength="100"');
    expect(out).toContain('role="alert">Too short</p>');
  });

  it("shows the hint when there is no error; the text area the same way", () => {
    const out = html(TextAreaField, { label: "Notes", hint: "Optional.", value: "", onValue: () => {} });
    expect(attr(out, "textarea")).toContain('aria-invalid="false"');
    expect(out).toContain("Optional.");
    expect(out).not.toContain('role="alert"');
  });
});

describe("OptionSelect", () => {
  it("lists every value after the optional empty choice, with the current one selected", () => {
    const out = html(OptionSelect, {
      "aria-label": "Severity",
      options: ["P1", "P2", { value: "P3", label: "P3 (minor)" }],
      empty: { value: "", label: "From the map" },
      value: "P2",
      onValue: () => {},
    });
    expect([...out.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1])).toEqual(["", "P1", "P2", "P3"]);
    expect(out).toContain('<option value="P2" selected="">P2</option>');
    expect(out).toContain("P3 (minor)");
  });
});

describe("Checkbox", () => {
  it("is a labelled box, its hint under the label", () => {
    const out = html(Checkbox, {
      label: "Auto-resolve",
      hint: "When alerts end.",
      checked: true,
      onChecked: () => {},
    });
    expect(out).toMatch(/^<label/);
    expect(attr(out, "input")).toContain('checked=""');
    expect(out).toContain("Auto-resolve");
    expect(out).toContain("When alerts end.");
  });
});

describe("QueryStates", () => {
  const base = { what: "DR tests", isEmpty: false, empty: { title: "No DR tests yet" } };
  const query = (q: object) => ({ error: null, isPending: false, refetch: () => {}, ...q });

  it("says what could not be loaded, with Retry, when nothing is on screen", () => {
    const out = html(QueryStates, { ...base, query: query({ error: new Error("Timed out") }) }, "rows");
    expect(out).toContain("DR tests could not be loaded");
    expect(out).toContain("Timed out");
    expect(out).toContain("Retry");
    expect(out).not.toContain("rows");
  });

  it("keeps the data on screen when a refresh fails", () => {
    const out = html(QueryStates, { ...base, query: query({ error: new Error("x"), data: [] }) }, "rows");
    expect(out).toBe("rows");
  });

  it("shows the empty state for no items and a skeleton while loading", () => {
    expect(html(QueryStates, { ...base, isEmpty: true, query: query({ data: [] }) }, "rows")).toContain(
      "No DR tests yet",
    );
    expect(html(QueryStates, { ...base, query: query({ isPending: true }) }, "rows")).not.toContain("rows");
  });
});

describe("small pieces", () => {
  it("FieldError and WarningList render nothing without something to say", () => {
    expect(html(FieldError, { error: undefined })).toBe("");
    expect(html(FieldError, { error: "Required" })).toContain('role="alert"');
    expect(html(WarningList, { label: "Needs attention", items: [] })).toBe("");
    expect(html(WarningList, { label: "Needs attention", items: ["Review overdue"] })).toContain(
      "<li>Review overdue</li>",
    );
  });

  it("a not-found page says a mistyped link may be why, unless it says otherwise", () => {
    const back = { href: "/vendors", label: "Back to vendors" };
    expect(html(SegmentNotFound, { title: "Vendor not found", back })).toContain(
      "It may have been a mistyped link.",
    );
  });
});
