// Installable edit/change/open triggers fired by user actions: creator's identity, FULL auth,
// triggerUid, changeType. Doc: https://developers.google.com/apps-script/guides/triggers/installable
// and https://developers.google.com/apps-script/guides/triggers/events#change
import { app, school, type School } from './sheets-helpers';

type Ctx = Record<string, unknown>;

function install(s: School, kind: 'onEdit' | 'onChange' | 'onOpen', handler: string): string {
  return s.emu.as(s.owner).run(
    (ctx) => {
      const SA = ctx.ScriptApp as GoogleAppsScript.Script.ScriptApp;
      const builder = SA.newTrigger(handler).forSpreadsheet(app(s.emu).openById(s.doc));
      const trigger =
        kind === 'onEdit'
          ? builder.onEdit().create()
          : kind === 'onChange'
            ? builder.onChange().create()
            : builder.onOpen().create();
      return trigger.getUniqueId();
    },
    { documentId: s.doc },
  );
}

describe('installable triggers fired by user actions', () => {
  test('edit: runs as the creator with FULL auth, carries triggerUid and the editor (same domain)', () => {
    const s = school();
    const uid = install(s, 'onEdit', 'recordEdit');
    const seen: Array<Record<string, unknown>> = [];
    (s.emu.context as Ctx).recordEdit = (e: GoogleAppsScript.Events.SheetsOnEdit) => {
      seen.push({
        uid: e.triggerUid,
        user: e.user.getEmail(),
        value: e.value,
        auth: e.authMode,
        a1: e.range.getA1Notation(),
      });
    };
    s.emu.as(s.alice).type(s.doc, 'Toán!C3', '7,5');
    expect(seen).toEqual([{ uid, user: s.alice, value: '7.5', auth: 'FULL', a1: 'C3' }]);
    const exec = s.emu.lastExecution()!;
    expect([exec.kind, exec.user, exec.authMode, exec.triggerUid]).toEqual([
      'installable-trigger',
      s.owner,
      'FULL',
      uid,
    ]);
  });

  test('edit by someone from another domain: e.user is blank (Assumption, README)', () => {
    const s = school();
    install(s, 'onEdit', 'recordEdit');
    s.emu.ws.files.get(s.doc)!.editors.add(s.outsider);
    const users: string[] = [];
    (s.emu.context as Ctx).recordEdit = (e: GoogleAppsScript.Events.SheetsOnEdit) =>
      users.push(e.user.getEmail());
    s.emu.as(s.outsider).type(s.doc, 'Toán!C3', '1');
    expect(users).toEqual(['']);
  });

  test('change: structural changes carry changeType and no range or values', () => {
    const s = school();
    install(s, 'onChange', 'recordChange');
    const seen: Array<Record<string, unknown>> = [];
    (s.emu.context as Ctx).recordChange = (e: Record<string, unknown>) =>
      seen.push({ ...e, source: undefined, user: undefined });
    s.emu.sheet(s.doc).addSheet('Văn');
    s.emu.as(s.alice).insertRows(s.doc, 'Toán', 2, 1);
    s.emu.as(s.alice).deleteRows(s.doc, 'Toán', 2, 1);
    s.emu.as(s.alice).insertColumns(s.doc, 'Toán', 2, 1);
    s.emu.as(s.alice).deleteColumns(s.doc, 'Toán', 2, 1);
    s.emu.as(s.alice).renameSheet(s.doc, 'Văn', 'Ngữ văn');
    s.emu.as(s.alice).deleteSheet(s.doc, 'Ngữ văn');
    expect(seen.map((e) => e.changeType)).toEqual([
      'INSERT_ROW',
      'REMOVE_ROW',
      'INSERT_COLUMN',
      'REMOVE_COLUMN',
      'OTHER',
      'REMOVE_GRID',
    ]);
    for (const e of seen) {
      expect('range' in e).toBe(false);
      expect('value' in e).toBe(false);
      expect(e.authMode).toBe('FULL');
    }
  });

  test('open: installable open trigger runs as its creator after the simple onOpen', () => {
    const s = school();
    install(s, 'onOpen', 'recordOpen');
    const order: string[] = [];
    (s.emu.context as Ctx).onOpen = () => order.push('simple');
    (s.emu.context as Ctx).recordOpen = () => order.push('installable');
    s.emu.as(s.alice).open(s.doc);
    expect(order).toEqual(['simple', 'installable']);
    expect(s.emu.lastExecution()!.user).toBe(s.owner);
  });

  test('nothing fires for people who can only view the file', () => {
    const s = school();
    install(s, 'onOpen', 'recordOpen');
    let fired = 0;
    (s.emu.context as Ctx).onOpen = () => (fired += 1);
    (s.emu.context as Ctx).recordOpen = () => (fired += 1);
    s.emu.ws.files.get(s.doc)!.viewers.add(s.outsider);
    s.emu.as(s.outsider).open(s.doc);
    expect(fired).toBe(0);
  });
});
