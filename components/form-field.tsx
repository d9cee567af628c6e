import type { FormState } from "@/lib/forms/form-state";

/** A labelled form control with its errors in a live region tied to it by aria-describedby. */
export function FormField({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (props: { id: string; "aria-invalid": boolean; "aria-describedby": string }) => React.ReactNode;
}) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        "aria-invalid": Boolean(errors?.length),
        "aria-describedby": hint ? `${hintId} ${errorId}` : errorId,
      })}
      {/* One message per field, the first: an empty date is "give the date", not also "use a valid date". */}
      <div id={errorId} aria-live="polite" className="text-sm text-rose-700" data-testid={errorId}>
        {errors?.[0] ? <p>{errors[0]}</p> : null}
      </div>
    </div>
  );
}

/** A FormField whose control is a plain input: the input's own attributes pass through. */
export function InputField({
  id,
  label,
  hint,
  errors,
  ...input
}: { id: string; label: string; hint?: string; errors?: string[] } & Omit<
  React.InputHTMLAttributes<HTMLInputElement>,
  "id"
>) {
  return (
    <FormField id={id} label={label} hint={hint} errors={errors}>
      {(props) => <input {...props} {...input} />}
    </FormField>
  );
}

/**
 * What InputField takes from a form's state for one field: its id, name, errors and the value
 * submitted last, so a refused form loses nothing (FormState never holds a password).
 */
export function inputFieldFromState<Field extends string>(state: FormState<Field>, idPrefix: string, name: Field) {
  return { id: `${idPrefix}-${name}`, name, errors: state.fieldErrors[name], defaultValue: state.values[name] };
}
