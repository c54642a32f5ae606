/** A source's details as the forms edit them: every field a string, empty when not given. */
export interface SourceDetailsDraft {
  title: string;
  publisher: string;
  date: string;
  url: string;
}

/**
 * The fields of a source's details: title, publisher, date and address. Used where a source
 * is added and where its details are edited.
 */
export function SourceDetailsFields({
  value,
  onChange,
  titleRequired = false,
  placeholders = false,
}: {
  value: SourceDetailsDraft;
  onChange: (next: SourceDetailsDraft) => void;
  /** The title must be given (editing); else it may come from the file (adding). */
  titleRequired?: boolean;
  /** Hints in the empty fields, for a source being added. */
  placeholders?: boolean;
}) {
  const set = (field: keyof SourceDetailsDraft) => (e: { target: { value: string } }) =>
    onChange({ ...value, [field]: e.target.value });
  return (
    <>
      <label>
        Title
        <input
          type="text"
          value={value.title}
          onChange={set("title")}
          required={titleRequired}
          placeholder={placeholders ? "From the file, if left empty" : undefined}
        />
      </label>
      <label>
        Publisher
        <input type="text" value={value.publisher} onChange={set("publisher")} />
      </label>
      <label>
        Date
        <input type="text" value={value.date} onChange={set("date")} />
      </label>
      <label>
        Address (URL)
        <input
          type="url"
          value={value.url}
          onChange={set("url")}
          placeholder={placeholders ? "https://…" : undefined}
        />
      </label>
    </>
  );
}
