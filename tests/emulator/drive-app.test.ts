// DriveApp against https://developers.google.com/apps-script/reference/drive/drive-app,
// .../drive/file and .../drive/folder; assumptions named A-… are in emulator/README.md.
import { Workspace, type ExecutionOptions } from '../../emulator/core/workspace';
import { createDriveApp } from '../../emulator/drive/drive-app';
import {
  NO_ITEM_MESSAGE,
  ACCESS_DENIED_MESSAGE,
  createDriveFile,
  createDriveFolder,
} from '../../emulator/drive/records';
import { createUtilities } from '../../emulator/runtime/utilities';
import { createSpreadsheetFile } from '../../emulator/sheets/spreadsheet-app';
import { modelOf, setValueAt, valueAt } from '../../emulator/sheets/model';

const SYSTEM = 'sodiem@school.edu.vn';
const ADMIN = 'admin@school.edu.vn';
const TEACHER = 'gv.lan@school.edu.vn';

function setup() {
  const ws = new Workspace({ start: new Date('2025-09-05T01:00:00Z') });
  for (const u of [SYSTEM, ADMIN, TEACHER]) ws.addUser(u);
  const DriveApp = createDriveApp(ws);
  const Utilities = createUtilities(ws);
  const as = <T>(user: string, fn: () => T, opts: Partial<ExecutionOptions> = {}): T =>
    ws.run({ user, kind: 'script', ...opts }, fn);
  return { ws, DriveApp, Utilities, as };
}

describe('folders, files and iterators', () => {
  it('creates a folder tree and finds files by name; each call counted once', () => {
    const { ws, DriveApp, Utilities, as } = setup();
    const ids = as(SYSTEM, () => {
      const year = DriveApp.createFolder('Sổ điểm 2025-2026');
      const archive = year.createFolder('Lưu trữ');
      const f = archive.createFile(
        Utilities.newBlob('{"ok":true}', 'application/json', 'manifest.json'),
      );
      archive.createFile('SHA256SUMS', 'abc  manifest.json\n', 'text/plain');
      expect(f.getMimeType()).toBe('application/json');
      expect(f.getSize()).toBe(11);
      expect(f.getName()).toBe('manifest.json');
      return { year: year.getId(), archive: archive.getId(), file: f.getId() };
    });
    as(SYSTEM, () => {
      const year = DriveApp.getFolderById(ids.year);
      const folders = year.getFoldersByName('Lưu trữ');
      expect(folders.hasNext()).toBe(true);
      const archive = folders.next();
      expect(archive.getId()).toBe(ids.archive);
      expect(folders.hasNext()).toBe(false);
      const names: string[] = [];
      const files = archive.getFiles();
      while (files.hasNext()) names.push(files.next().getName());
      expect(names).toEqual(['manifest.json', 'SHA256SUMS']);
      expect(DriveApp.getFilesByName('manifest.json').next().getBlob().getDataAsString()).toBe(
        '{"ok":true}',
      );
      expect(DriveApp.getRootFolder().getFoldersByName('Sổ điểm 2025-2026').hasNext()).toBe(true);
      expect(archive.getFilesByType('application/json').next().getName()).toBe('manifest.json');
      expect(DriveApp.getFilesByType('text/plain').next().getName()).toBe('SHA256SUMS');
    });
    const last = ws.executions[ws.executions.length - 1]!;
    expect(last.calls.get('DriveApp.getFolderById')).toBe(1);
    expect(last.calls.get('FolderIterator.next')).toBe(1);
    expect(last.estimatedMs).toBeGreaterThan(0);
  });

  it('times come from the virtual clock (File.getLastUpdated, getDateCreated)', () => {
    const { ws, DriveApp, as } = setup();
    const id = as(SYSTEM, () => DriveApp.createFile('a.txt', 'x').getId());
    ws.clock.advance(3600_000);
    as(SYSTEM, () => DriveApp.getFileById(id).setName('b.txt'));
    as(SYSTEM, () => {
      const f = DriveApp.getFileById(id);
      // Inside an execution time moves with the estimated cost of the calls made so far.
      expect(f.getDateCreated().getTime() - Date.parse('2025-09-05T01:00:00Z')).toBeLessThan(1000);
      expect(f.getLastUpdated().getTime()).toBeGreaterThanOrEqual(
        Date.parse('2025-09-05T02:00:00Z'),
      );
    });
  });
});

describe('access and sharing', () => {
  it('opening without access fails as Apps Script does ("No item with the given ID …")', () => {
    const { DriveApp, as } = setup();
    const id = as(SYSTEM, () => DriveApp.createFile('secret.txt', 's').getId());
    expect(() => as(TEACHER, () => DriveApp.getFileById(id))).toThrow(NO_ITEM_MESSAGE);
    expect(() => as(TEACHER, () => DriveApp.getFolderById(id))).toThrow(NO_ITEM_MESSAGE);
    expect(() => as(TEACHER, () => DriveApp.getFileById('nonexistent'))).toThrow(NO_ITEM_MESSAGE);
  });

  it('addEditor/addViewer grant access; viewers cannot change; getEditors/getViewers/getOwner', () => {
    const { DriveApp, as } = setup();
    const id = as(SYSTEM, () => {
      const f = DriveApp.createFile('a.txt', 'x');
      f.addEditor(ADMIN).addViewers([TEACHER]);
      return f.getId();
    });
    as(ADMIN, () => {
      const f = DriveApp.getFileById(id);
      f.setDescription('mô tả');
      expect(f.getEditors().map((u) => u.getEmail())).toEqual([ADMIN]);
      expect(f.getViewers().map((u) => u.getEmail())).toEqual([TEACHER]);
      expect(f.getOwner().getEmail()).toBe(SYSTEM);
    });
    expect(() => as(TEACHER, () => DriveApp.getFileById(id).setName('x'))).toThrow(
      ACCESS_DENIED_MESSAGE,
    );
    expect(as(TEACHER, () => DriveApp.getFileById(id).getDescription())).toBe('mô tả');
    // Only the owner trashes (README A-DRIVE-TRASH).
    expect(() => as(ADMIN, () => DriveApp.getFileById(id).setTrashed(true))).toThrow(
      ACCESS_DENIED_MESSAGE,
    );
    as(SYSTEM, () => DriveApp.getFileById(id).removeEditor(ADMIN));
    expect(() => as(ADMIN, () => DriveApp.getFileById(id))).toThrow(NO_ITEM_MESSAGE);
  });

  it('sharing a folder shares its contents (support.google.com/drive/answer/2494822)', () => {
    const { DriveApp, as } = setup();
    const id = as(SYSTEM, () => {
      const folder = DriveApp.createFolder('Lớp 10A');
      folder.addViewer(TEACHER);
      return folder.createFile('roster.csv', 'a,b').getId();
    });
    expect(as(TEACHER, () => DriveApp.getFileById(id).getName())).toBe('roster.csv');
  });

  it("setSharing(DOMAIN, VIEW) opens to the owner's domain only", () => {
    const { ws, DriveApp, as } = setup();
    ws.addUser('someone@gmail.com');
    const id = as(SYSTEM, () =>
      DriveApp.createFile('a.txt', 'x')
        .setSharing(DriveApp.Access.DOMAIN, DriveApp.Permission.VIEW)
        .getId(),
    );
    expect(as(TEACHER, () => DriveApp.getFileById(id).getSharingAccess())).toBe('DOMAIN');
    expect(() => as('someone@gmail.com', () => DriveApp.getFileById(id))).toThrow(NO_ITEM_MESSAGE);
  });

  it('DriveApp needs authorization: a simple trigger (LIMITED) cannot call it (guides/triggers#restrictions)', () => {
    const { DriveApp, as } = setup();
    expect(() =>
      as(TEACHER, () => DriveApp.getRootFolder(), { kind: 'simple-trigger', authMode: 'LIMITED' }),
    ).toThrow(
      'You do not have permission to call DriveApp.getRootFolder. Required permissions: https://www.googleapis.com/auth/drive',
    );
  });
});

describe('makeCopy and moveTo', () => {
  it('makeCopy(name, folder) of a spreadsheet deep-copies the model; the copy is owned by the executing user', () => {
    const { ws, DriveApp, as } = setup();
    const ss = createSpreadsheetFile(ws, SYSTEM, 'Sổ điểm - Lớp 10A');
    ss.editors.add(ADMIN);
    setValueAt(modelOf(ss).sheets[0]!, 4, 2, 8.5);
    const folderId = as(ADMIN, () => DriveApp.createFolder('Lưu trữ').getId());
    const copyId = as(ADMIN, () => {
      const copy = DriveApp.getFileById(ss.id).makeCopy(
        '2025-12-31 Lớp 10A',
        DriveApp.getFolderById(folderId),
      );
      expect(copy.getOwner().getEmail()).toBe(ADMIN);
      expect(copy.getParents().next().getId()).toBe(folderId);
      expect(copy.getMimeType()).toBe('application/vnd.google-apps.spreadsheet');
      return copy.getId();
    });
    const copy = ws.files.get(copyId)!;
    expect(valueAt(modelOf(copy).sheets[0]!, 4, 2)).toBe(8.5);
    setValueAt(modelOf(ss).sheets[0]!, 4, 2, 3);
    expect(valueAt(modelOf(copy).sheets[0]!, 4, 2)).toBe(8.5); // deep copy
    expect(copy.editors.size).toBe(0); // A-DRIVE-COPY: the copy is shared with nobody
    expect(() => as(ADMIN, () => DriveApp.getFileById(copyId).getBlob())).toThrow(
      /not implemented/,
    );
    expect(() => as(TEACHER, () => DriveApp.getFileById(copyId))).toThrow(NO_ITEM_MESSAGE);
  });

  it('moveTo needs edit access on the destination', () => {
    const { ws, DriveApp, as } = setup();
    const { file, mine, theirs } = as(SYSTEM, () => {
      const f = DriveApp.createFile('a.txt', 'x');
      f.addEditor(ADMIN);
      const t = DriveApp.createFolder('System only');
      return { file: f.getId(), theirs: t.getId(), mine: '' };
    });
    const adminFolder = as(ADMIN, () => DriveApp.createFolder('Admin').getId());
    as(ADMIN, () => DriveApp.getFileById(file).moveTo(DriveApp.getFolderById(adminFolder)));
    // The owner no longer sees the file's parent (a private folder of the admin).
    expect(ws.files.get(file)?.parents).toEqual([adminFolder]);
    expect(mine).toBe('');
    expect(() =>
      as(ADMIN, () => DriveApp.getFileById(file).moveTo(DriveApp.getFolderById(theirs))),
    ).toThrow(NO_ITEM_MESSAGE);
  });

  it('getAs("application/pdf") only for PDF files; unmodelled members name themselves', () => {
    const { DriveApp, Utilities, as } = setup();
    as(SYSTEM, () => {
      const pdf = DriveApp.createFile(Utilities.newBlob('%PDF-1.7', 'application/pdf', 'book.pdf'));
      expect(pdf.getAs('application/pdf').getBytes().length).toBe(8);
      expect(() => DriveApp.createFile('a.txt', 'x').getAs('application/pdf')).toThrow(
        /not implemented/,
      );
      expect(() => DriveApp.getStorageUsed()).toThrow(
        'Emulator: DriveApp.getStorageUsed is not implemented',
      );
      expect(() => pdf.setStarred(true)).toThrow('Emulator: File.setStarred is not implemented');
    });
  });
});

describe('setup helpers (no execution counted)', () => {
  it('createDriveFolder/createDriveFile make records a script can then read as their owner', () => {
    const { ws, DriveApp, as } = setup();
    const folder = createDriveFolder(ws, SYSTEM, 'Phông chữ');
    const font = createDriveFile(ws, SYSTEM, {
      name: 'DejaVuSerif.ttf',
      mimeType: 'font/ttf',
      bytes: new Uint8Array([0, 1, 0, 0, 255]),
      folderId: folder.id,
    });
    expect(ws.executions).toHaveLength(0);
    const bytes = as(SYSTEM, () => DriveApp.getFileById(font.id).getBlob().getBytes());
    expect(bytes).toEqual([0, 1, 0, 0, -1]);
    expect(() => as(ADMIN, () => DriveApp.getFolderById(folder.id))).toThrow(NO_ITEM_MESSAGE);
  });
});
