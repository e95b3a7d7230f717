// The edit-note queue in script properties: one property per note (unique key, no read-modify-
// write race between concurrent onEdit runs), readable by the tick in one getProperties call.
// Properties work in a simple trigger's LIMITED mode; a full store (500 KB) only loses enrichment.
import type { NoteQueue } from '../app/audit/ports';
import type { EditNote } from '../domain/audit/notes';

export const NOTE_PREFIX = 'sodiem.note.';

export class PropertiesNoteQueue implements NoteQueue {
  constructor(private readonly props: GoogleAppsScript.Properties.Properties) {}

  put(note: EditNote): void {
    const rand = Math.floor(Math.random() * 1e9).toString(36);
    this.props.setProperty(`${NOTE_PREFIX}${note.at}.${rand}`, JSON.stringify(note));
  }

  peek(): Array<{ key: string; note: EditNote }> {
    const all = this.props.getProperties();
    return Object.keys(all)
      .filter((k) => k.startsWith(NOTE_PREFIX))
      .sort()
      .flatMap((key) => {
        try {
          return [{ key, note: JSON.parse(all[key]!) as EditNote }];
        } catch {
          return [];
        }
      });
  }

  remove(keys: readonly string[]): void {
    for (const k of keys) this.props.deleteProperty(k);
  }
}
