// ScriptApp triggers: identity and quotas in both deployments, time-driven firing on the virtual clock.
// Docs: https://developers.google.com/apps-script/guides/triggers/installable,
// https://developers.google.com/workspace/add-ons/concepts/editor-triggers,
// https://developers.google.com/apps-script/reference/script/clock-trigger-builder,
// https://developers.google.com/apps-script/guides/services/quotas
import { createEmulator } from '../../emulator';
import {
  ADDON_OTHER_FILE,
  ADDON_RECURRENCE,
  TOO_MANY_TRIGGERS,
  addonTooMany,
} from '../../emulator/runtime/triggers';
import { setScriptOwner } from '../../emulator/runtime/session';

const SYSTEM = 'sodiem@school.edu.vn';
const ADMIN = 'admin@school.edu.vn';
const TEACHER = 'gv.lan@school.edu.vn';

type Ctx = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function setup(deployment: 'addon' | 'bound') {
  const emu = createEmulator({ start: new Date('2025-09-05T01:00:00Z'), deployment });
  for (const u of [SYSTEM, ADMIN, TEACHER]) emu.addUser(u);
  setScriptOwner(emu.ws, SYSTEM);
  const doc = emu.createSpreadsheet(SYSTEM, 'Quản trị sổ điểm');
  const other = emu.createSpreadsheet(SYSTEM, 'Sổ điểm - Lớp 10A');
  for (const id of [doc, other]) {
    emu.ws.files.get(id)!.editors.add(ADMIN);
    emu.ws.files.get(id)!.editors.add(TEACHER);
  }
  if (deployment === 'bound') emu.bindTo(doc);
  const calls: Array<Record<string, unknown>> = [];
  const ctx = emu.context as Ctx;
  for (const name of ['tick', 'a', 'b', 'c', 'onEditAudit']) {
    ctx[name] = (e: Record<string, unknown>) => {
      calls.push({
        name,
        e,
        now: new ctx.Date().toISOString(),
        effective: ctx.Session.getEffectiveUser().getEmail(),
        active: ctx.Session.getActiveUser().getEmail(),
        kind: emu.ws.execution.kind,
        authMode: emu.ws.execution.authMode,
      });
    };
  }
  return { emu, doc, other, calls, ctx };
}

describe('quotas in a bound script', () => {
  it("20 triggers per user per script; the 21st fails with Apps Script's text; others unaffected", () => {
    const { emu, doc } = setup('bound');
    emu.as(ADMIN).run(
      (ctx: Ctx) => {
        for (let i = 0; i < 20; i += 1)
          ctx.ScriptApp.newTrigger('tick').timeBased().everyMinutes(5).create();
        expect(() => ctx.ScriptApp.newTrigger('tick').timeBased().everyMinutes(1).create()).toThrow(
          TOO_MANY_TRIGGERS,
        );
        expect(ctx.ScriptApp.getProjectTriggers()).toHaveLength(20);
      },
      { documentId: doc },
    );
    emu.as(TEACHER).run(
      (ctx: Ctx) => {
        ctx.ScriptApp.newTrigger('onEditAudit').forSpreadsheet(doc).onEdit().create();
        // "A given account can't see triggers installed from a second account."
        expect(ctx.ScriptApp.getProjectTriggers()).toHaveLength(1);
      },
      { documentId: doc },
    );
  });

  it('everyMinutes accepts only 1, 5, 10, 15, 30 (ClockTriggerBuilder.everyMinutes)', () => {
    const { emu, doc } = setup('bound');
    emu.as(ADMIN).run(
      (ctx: Ctx) => {
        for (const n of [1, 5, 10, 15, 30])
          ctx.ScriptApp.newTrigger('tick').timeBased().everyMinutes(n).create();
        expect(() => ctx.ScriptApp.newTrigger('tick').timeBased().everyMinutes(7)).toThrow(
          /Minutes must be 1, 5, 10, 15 or 30/,
        );
      },
      { documentId: doc },
    );
  });

  it('trigger objects expose id, handler, event type and source', () => {
    const { emu, doc } = setup('bound');
    emu.as(ADMIN).run(
      (ctx: Ctx) => {
        const t = ctx.ScriptApp.newTrigger('onEditAudit')
          .forSpreadsheet(ctx.SpreadsheetApp.openById(doc))
          .onEdit()
          .create();
        expect(t.getHandlerFunction()).toBe('onEditAudit');
        expect(t.getEventType()).toBe(ctx.ScriptApp.EventType.ON_EDIT);
        expect(t.getTriggerSource()).toBe(ctx.ScriptApp.TriggerSource.SPREADSHEETS);
        expect(t.getTriggerSourceId()).toBe(doc);
        expect(
          ctx.ScriptApp.getUserTriggers(ctx.SpreadsheetApp.openById(doc))[0].getUniqueId(),
        ).toBe(t.getUniqueId());
        ctx.ScriptApp.deleteTrigger(t);
        expect(ctx.ScriptApp.getProjectTriggers()).toHaveLength(0);
      },
      { documentId: doc },
    );
  });

  it('simple triggers cannot manage triggers (LIMITED auth)', () => {
    const { emu, doc } = setup('bound');
    expect(() =>
      emu
        .as(ADMIN)
        .run((ctx: Ctx) => ctx.ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(), {
          documentId: doc,
          kind: 'simple-trigger',
          authMode: 'LIMITED',
        }),
    ).toThrow(/You do not have permission to call ClockTriggerBuilder.create/);
  });
});

describe('quotas in an editor add-on (editor-triggers)', () => {
  it('one trigger of each type per user per document; only for the document in use; hourly at most', () => {
    const { emu, doc, other } = setup('addon');
    emu.as(ADMIN).run(
      (ctx: Ctx) => {
        ctx.ScriptApp.newTrigger('onEditAudit').forSpreadsheet(doc).onEdit().create();
        expect(() =>
          ctx.ScriptApp.newTrigger('onEditAudit').forSpreadsheet(doc).onEdit().create(),
        ).toThrow(addonTooMany('edit'));
        expect(() =>
          ctx.ScriptApp.newTrigger('onEditAudit').forSpreadsheet(other).onEdit().create(),
        ).toThrow(ADDON_OTHER_FILE);
        ctx.ScriptApp.newTrigger('onEditAudit').forSpreadsheet(doc).onChange().create();
        expect(() => ctx.ScriptApp.newTrigger('tick').timeBased().everyMinutes(5).create()).toThrow(
          ADDON_RECURRENCE,
        );
        ctx.ScriptApp.newTrigger('tick').timeBased().everyHours(1).create();
        expect(() => ctx.ScriptApp.newTrigger('tick').timeBased().everyHours(2).create()).toThrow(
          addonTooMany('time-based'),
        );
      },
      { documentId: doc },
    );
    // The same user in another document, and another user in this one, each get their own.
    emu
      .as(ADMIN)
      .run(
        (ctx: Ctx) =>
          ctx.ScriptApp.newTrigger('onEditAudit').forSpreadsheet(other).onEdit().create(),
        {
          documentId: other,
        },
      );
    emu
      .as(TEACHER)
      .run((ctx: Ctx) => ctx.ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(), {
        documentId: doc,
      });
  });
});

describe('identity: installable triggers run as their creator (guides/triggers/installable)', () => {
  it('an edit trigger installed by the system account runs as it (FULL) when a teacher types', () => {
    const { emu, doc, calls } = setup('addon');
    emu
      .as(SYSTEM)
      .run(
        (ctx: Ctx) => ctx.ScriptApp.newTrigger('onEditAudit').forSpreadsheet(doc).onEdit().create(),
        {
          documentId: doc,
        },
      );
    emu.as(TEACHER).type(doc, 'Sheet1!B2', '8,5');
    const call = calls.find((c) => c.name === 'onEditAudit');
    expect(call).toMatchObject({
      effective: SYSTEM,
      active: TEACHER,
      kind: 'installable-trigger',
      authMode: 'FULL',
    });
  });
});

describe('time-driven triggers fire on the virtual clock', () => {
  it('due triggers fire in time order, one-shots once, recurring re-armed, as creator in FULL auth', () => {
    const { emu, doc, calls } = setup('bound');
    emu.as(ADMIN).run(
      (ctx: Ctx) => {
        ctx.ScriptApp.newTrigger('a').timeBased().at(new Date('2025-09-05T01:10:00Z')).create();
        ctx.ScriptApp.newTrigger('b')
          .timeBased()
          .after(5 * 60 * 1000)
          .create();
        ctx.ScriptApp.newTrigger('c').timeBased().everyHours(1).create();
      },
      { documentId: doc },
    );
    emu.advance(2.5 * 3600 * 1000);
    expect(calls.map((c) => c.name)).toEqual(['b', 'a', 'c', 'c']);
    const first = calls[0]!;
    expect(first).toMatchObject({ effective: ADMIN, kind: 'time-trigger', authMode: 'FULL' });
    expect(String(first.now).slice(0, 16)).toBe('2025-09-05T01:05');
    expect(String(calls[1]!.now).slice(0, 16)).toBe('2025-09-05T01:10');
    const e = calls[2]!.e as Record<string, unknown>;
    expect(e).toMatchObject({
      authMode: 'FULL',
      hour: 2,
      minute: 0,
      'day-of-month': 5,
      'day-of-week': 5,
      month: 9,
      year: 2025,
      timezone: 'UTC',
    });
    expect(typeof e.triggerUid).toBe('string');
    expect(emu.ws.clock.now()).toBe(Date.parse('2025-09-05T03:30:00Z'));
    emu.advance(3600 * 1000);
    expect(calls.map((c) => c.name)).toEqual(['b', 'a', 'c', 'c', 'c']);
    // A fired one-shot is still listed until deleted (README A-TRIGGER-ONESHOT).
    expect(
      emu
        .as(ADMIN)
        .run((ctx: Ctx) => ctx.ScriptApp.getProjectTriggers().length, { documentId: doc }),
    ).toBe(3);
  });

  it('a failing trigger is recorded and later triggers still fire', () => {
    const { emu, doc, calls, ctx } = setup('bound');
    ctx.a = () => {
      throw new Error('boom');
    };
    emu.as(ADMIN).run(
      (c: Ctx) => {
        c.ScriptApp.newTrigger('a').timeBased().after(60_000).create();
        c.ScriptApp.newTrigger('b').timeBased().after(120_000).create();
      },
      { documentId: doc },
    );
    emu.advance(10 * 60_000);
    expect(calls.map((c) => c.name)).toEqual(['b']);
    expect(emu.triggerErrors).toHaveLength(1);
    expect(emu.executions.filter((x) => x.kind === 'time-trigger').map((x) => x.error)).toEqual([
      'boom',
      null,
    ]);
  });
});
