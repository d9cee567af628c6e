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
      <div id={errorId} aria-live="polite" className="text-sm text-rose-700" data-testid={errorId}>
        {errors?.map((error) => (
          <p key={error}>{error}</p>
        ))}
      </div>
    </div>
  );
}
