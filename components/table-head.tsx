/** The header row of an admin table; the last column has no right padding. */
export function TableHead({ columns }: { columns: React.ReactNode[] }) {
  return (
    <thead>
      <tr className="border-b border-slate-200 text-left text-slate-600">
        {columns.map((column, index) => (
          <th
            key={index}
            scope="col"
            className={index < columns.length - 1 ? "py-2 pr-3 font-medium" : "py-2 font-medium"}
          >
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
