/** A form's primary button: disabled while its action runs, saying what is happening. */
export function SubmitButton({
  isPending,
  label,
  pendingLabel,
  className,
}: {
  isPending: boolean;
  label: string;
  pendingLabel: string;
  className: string;
}) {
  return (
    <button type="submit" disabled={isPending} className={className}>
      {isPending ? pendingLabel : label}
    </button>
  );
}
