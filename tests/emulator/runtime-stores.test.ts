// PropertiesService (guides/properties, guides/services/quotas), CacheService (reference/cache/cache),
// LockService (reference/lock/lock) and Session (reference/base/session).
import { Workspace, type ExecutionOptions } from '../../emulator/core/workspace';
import { createPropertiesService, STORE_FULL } from '../../emulator/runtime/properties';
import { createCacheService } from '../../emulator/runtime/cache';
import { createLockService, holdLock, LOCK_TIMEOUT_MESSAGE } from '../../emulator/runtime/lock';
import { createSession, setActingUser, setScriptOwner } from '../../emulator/runtime/session';
import { virtualNow } from '../../emulator/runtime/time';

const ADMIN = 'admin@school.edu.vn';
const TEACHER = 'gv.lan@school.edu.vn';
const OUTSIDER = 'co.hoa@gmail.com';

function setup() {
  const ws = new Workspace({ start: new Date('2025-09-05T01:00:00Z') });
  ws.addUser('sodiem@school.edu.vn');
  ws.addUser(ADMIN);
  ws.addUser(TEACHER);
  ws.addUser(OUTSIDER);
  setScriptOwner(ws, 'sodiem@school.edu.vn');
  const run = <T>(opts: Partial<ExecutionOptions>, fn: () => T): T =>
    ws.run({ user: ADMIN, kind: 'script', ...opts }, fn);
  return {
    ws,
    run,
    PropertiesService: createPropertiesService(ws),
    CacheService: createCacheService(ws),
    LockService: createLockService(ws),
    Session: createSession(ws),
  };
}

describe('PropertiesService', () => {
  it('stores strings, getProperties returns a copy (guides/properties)', () => {
    const { run, PropertiesService } = setup();
    run({}, () => {
      const props = PropertiesService.getScriptProperties();
      props.setProperty('n', 5 as unknown as string);
      expect(props.getProperty('n')).toBe('5');
      const copy = props.getProperties();
      copy.n = 'changed';
      expect(props.getProperty('n')).toBe('5');
      expect(props.getProperty('missing')).toBeNull();
    });
  });

  it('9 KB per value: a larger value is refused and nothing is stored (guides/services/quotas)', () => {
    const { run, PropertiesService } = setup();
    run({}, () => {
      const props = PropertiesService.getScriptProperties();
      props.setProperty('ok', 'a'.repeat(9 * 1024));
      expect(() => props.setProperty('big', 'a'.repeat(9 * 1024 + 1))).toThrow(
        'Argument too large: value',
      );
      // Vietnamese letters take 2-3 bytes in UTF-8: the limit is in bytes (README A-PROP-SIZE).
      expect(() => props.setProperty('vi', 'ể'.repeat(3100))).toThrow('Argument too large: value');
      expect(props.getProperty('big')).toBeNull();
    });
  });

  it('500 KB per store: the write that passes it fails with the quota text', () => {
    const { run, PropertiesService } = setup();
    run({}, () => {
      const props = PropertiesService.getScriptProperties();
      const value = 'v'.repeat(9000);
      let stored = 0;
      expect(() => {
        for (let i = 0; i < 60; i += 1) {
          props.setProperty(`k${i}`, value);
          stored += 1;
        }
      }).toThrow(STORE_FULL);
      expect(stored).toBe(56); // 56 × ~9 KB fits in 500 KB, the 57th does not
      expect(props.getKeys()).toHaveLength(56);
    });
  });

  it('user store per user, document store per document and null outside one', () => {
    const { run, PropertiesService } = setup();
    run({ user: ADMIN, documentId: 'doc1' }, () => {
      PropertiesService.getUserProperties().setProperty('x', 'admin');
      PropertiesService.getDocumentProperties().setProperty('d', 'doc1');
    });
    run({ user: TEACHER }, () => {
      expect(PropertiesService.getUserProperties().getProperty('x')).toBeNull();
      expect(PropertiesService.getDocumentProperties()).toBeNull();
    });
    run({ user: TEACHER, documentId: 'doc1' }, () => {
      expect(PropertiesService.getDocumentProperties().getProperty('d')).toBe('doc1');
    });
  });

  it('AuthMode.NONE has no access to properties (reference/script/auth-mode sample)', () => {
    const { run, PropertiesService } = setup();
    expect(() =>
      run({ kind: 'simple-trigger', authMode: 'NONE', documentId: 'doc1' }, () =>
        PropertiesService.getDocumentProperties().getProperty('x'),
      ),
    ).toThrow(/You do not have permission to call Properties.getProperty/);
  });
});

describe('CacheService (reference/cache/cache)', () => {
  it('put expires on the virtual clock; putAll defaults to 600 s', () => {
    const { ws, run, CacheService } = setup();
    run({}, () => {
      const cache = CacheService.getScriptCache();
      cache.put('short', 'a', 5);
      cache.putAll({ p: '1', q: '2' });
    });
    ws.clock.advance(6000);
    run({}, () => {
      const cache = CacheService.getScriptCache();
      expect(cache.get('short')).toBeNull();
      expect(cache.getAll(['p', 'q', 'short'])).toEqual({ p: '1', q: '2' });
    });
    ws.clock.advance(600 * 1000);
    run({}, () => expect(CacheService.getScriptCache().get('p')).toBeNull());
  });

  it('250-character keys and 100 KB values are the limits', () => {
    const { run, CacheService } = setup();
    run({}, () => {
      const cache = CacheService.getUserCache();
      expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
      expect(() => cache.put('k', 'v'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
      cache.put('k'.repeat(250), 'v'.repeat(100 * 1024));
      expect(cache.get('k'.repeat(250))).toHaveLength(100 * 1024);
      expect(CacheService.getDocumentCache()).toBeNull();
    });
  });
});

describe('LockService (reference/lock/lock)', () => {
  it('waitLock times out with Apps Script text while another execution holds the script lock', () => {
    const { ws, run, LockService } = setup();
    holdLock(ws, 'script');
    run({}, () => {
      const t0 = virtualNow(ws);
      const lock = LockService.getScriptLock();
      expect(lock.tryLock(1000)).toBe(false);
      expect(virtualNow(ws) - t0).toBeGreaterThanOrEqual(1000); // waiting advances time
      expect(() => lock.waitLock(30000)).toThrow(LOCK_TIMEOUT_MESSAGE);
      expect(lock.hasLock()).toBe(false);
    });
  });

  it('a lock released by the other process within the timeout is acquired after waiting', () => {
    const { ws, run, LockService } = setup();
    holdLock(ws, 'script', { until: ws.clock.now() + 5000 });
    run({}, () => {
      const lock = LockService.getScriptLock();
      lock.waitLock(10000);
      expect(lock.hasLock()).toBe(true);
    });
  });

  it('locks are released when the execution ends; document lock is null outside a document', () => {
    const { run, LockService } = setup();
    run({ documentId: 'doc1' }, () => {
      expect(LockService.getDocumentLock().tryLock(0)).toBe(true);
      expect(LockService.getScriptLock().tryLock(0)).toBe(true);
    });
    run({ user: TEACHER, documentId: 'doc1' }, () => {
      expect(LockService.getDocumentLock().tryLock(0)).toBe(true);
      expect(LockService.getScriptLock().tryLock(0)).toBe(true);
    });
    run({}, () => expect(LockService.getDocumentLock()).toBeNull());
  });

  it('user locks are per user', () => {
    const { ws, run, LockService } = setup();
    holdLock(ws, 'user', { user: TEACHER });
    run({ user: ADMIN }, () => expect(LockService.getUserLock().tryLock(0)).toBe(true));
    run({ user: TEACHER }, () => expect(LockService.getUserLock().tryLock(0)).toBe(false));
  });
});

describe('Session (reference/base/session)', () => {
  it('menu runs (FULL auth) see the user, in any domain', () => {
    const { run, Session } = setup();
    run({ user: OUTSIDER, kind: 'menu' }, () => {
      expect(Session.getActiveUser().getEmail()).toBe(OUTSIDER);
      expect(Session.getEffectiveUser().getEmail()).toBe(OUTSIDER);
      expect(Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    });
  });

  it("simple triggers: blank email for a user outside the script owner's domain, visible inside it", () => {
    const { run, Session } = setup();
    const simple = { kind: 'simple-trigger' as const, authMode: 'LIMITED' as const };
    run({ ...simple, user: OUTSIDER }, () => expect(Session.getActiveUser().getEmail()).toBe(''));
    run({ ...simple, user: TEACHER }, () =>
      expect(Session.getActiveUser().getEmail()).toBe(TEACHER),
    );
  });

  it('installable triggers: the effective user is the creator; the editor is active if same domain', () => {
    const { ws, run, Session } = setup();
    const creator = 'sodiem@school.edu.vn';
    run({ kind: 'installable-trigger', user: creator }, () => {
      setActingUser(ws, TEACHER);
      expect(Session.getEffectiveUser().getEmail()).toBe(creator);
      expect(Session.getActiveUser().getEmail()).toBe(TEACHER);
    });
    run({ kind: 'installable-trigger', user: creator }, () => {
      setActingUser(ws, OUTSIDER);
      expect(Session.getEffectiveUser().getEmail()).toBe(creator);
      expect(Session.getActiveUser().getEmail()).toBe('');
    });
    run({ kind: 'time-trigger', user: creator }, () => {
      expect(Session.getActiveUser().getEmail()).toBe(creator);
    });
  });

  it('getTemporaryActiveUserKey: stable per user, different across users, no email in it', () => {
    const { run, Session } = setup();
    const k1 = run({ user: TEACHER }, () => Session.getTemporaryActiveUserKey());
    const k2 = run({ user: TEACHER }, () => Session.getTemporaryActiveUserKey());
    const k3 = run({ user: OUTSIDER, kind: 'simple-trigger', authMode: 'LIMITED' }, () =>
      Session.getTemporaryActiveUserKey(),
    );
    expect(k1).toBe(k2);
    expect(k1).not.toBe(k3);
    expect(k1).not.toContain('lan');
  });
});
