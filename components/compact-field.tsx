/**
 * A control under a small label, wrapped in the label so a click on the text focuses it: the
 * compact forms of the review and correction screens, where FormField's hint and error
 * region would be too much. Errors, when a field has them, go in `children` after the control.
 */
export function CompactField({ label, children }: { label: React.ReactNode; children: React.ReactNode }) {
  return (
    <label className="flex flex-col gap-1">
      <span className="text-xs font-medium">{label}</span>
      {children}
    </label>
  );
}
