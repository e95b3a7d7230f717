// Utilities and Blob against https://developers.google.com/apps-script/reference/utilities/utilities
// and https://developers.google.com/apps-script/reference/base/blob
import { createHash, createHmac } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace, NotImplementedError } from '../../emulator/core/workspace';
import { createUtilities } from '../../emulator/runtime/utilities';
import { createVirtualDate } from '../../emulator/runtime/time';
import { readZip } from '../../emulator/runtime/zip';
import { EmuBlob } from '../../emulator/runtime/blob';

function setup() {
  const ws = new Workspace({ start: new Date('2025-09-05T01:00:00Z') });
  ws.addUser('admin@school.edu.vn');
  const Utilities = createUtilities(ws);
  const run = <T>(fn: () => T): T => ws.run({ user: 'admin@school.edu.vn', kind: 'script' }, fn);
  return { ws, Utilities, run };
}

const signed = (buf: Buffer) => Array.from(new Int8Array(buf));

describe('Utilities.computeDigest returns signed bytes (reference/utilities/utilities#computeDigest)', () => {
  it.each([
    ['MD5', 'md5'],
    ['SHA_1', 'sha1'],
    ['SHA_256', 'sha256'],
  ] as const)(
    '%s of a Vietnamese string (UTF-8) equals node:crypto, as signed bytes',
    (alg, node) => {
      const { Utilities, run } = setup();
      const text = 'Nguyễn Văn Ánh — điểm 8,5';
      const bytes = run(() =>
        Utilities.computeDigest(Utilities.DigestAlgorithm[alg], text, Utilities.Charset.UTF_8),
      );
      const expected = createHash(node).update(text, 'utf8').digest();
      expect(bytes).toEqual(signed(expected));
      expect(bytes.some((b) => b < 0)).toBe(true);
      expect(bytes.every((b) => b >= -128 && b <= 127)).toBe(true);
      const hex = bytes.map((b) => (b & 0xff).toString(16).padStart(2, '0')).join('');
      expect(hex).toBe(expected.toString('hex'));
    },
  );

  it("accepts signed byte input (a Blob's bytes) and counts one call", () => {
    const { ws, Utilities, run } = setup();
    const data = [-1, 0, 127, -128, 65];
    const out = run(() => Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, data));
    expect(out).toEqual(
      signed(
        createHash('sha256')
          .update(Buffer.from([255, 0, 127, 128, 65]))
          .digest(),
      ),
    );
    expect(ws.executions[0]?.calls.get('Utilities.computeDigest')).toBe(1);
  });

  it('computeHmacSha256Signature equals node:crypto HMAC, signed', () => {
    const { Utilities, run } = setup();
    const out = run(() => Utilities.computeHmacSha256Signature('giá trị', 'khóa'));
    expect(out).toEqual(signed(createHmac('sha256', 'khóa').update('giá trị').digest()));
  });
});

describe('base64 and blobs (reference/utilities/utilities#base64Encode, base/blob)', () => {
  it('round-trips Vietnamese text through base64 and web-safe base64', () => {
    const { Utilities, run } = setup();
    run(() => {
      const text = 'Sổ điểm ??>>';
      const encoded = Utilities.base64Encode(text, Utilities.Charset.UTF_8);
      expect(encoded).toBe(Buffer.from(text).toString('base64'));
      const blob = Utilities.newBlob(Utilities.base64Decode(encoded));
      expect(blob.getDataAsString()).toBe(text);
      const safe = Utilities.base64EncodeWebSafe(text);
      expect(safe).not.toMatch(/[+/]/);
      expect(Utilities.newBlob(Utilities.base64DecodeWebSafe(safe)).getDataAsString()).toBe(text);
    });
  });

  it('newBlob(data, contentType, name): getBytes are signed, setName/getContentType work', () => {
    const { Utilities, run } = setup();
    run(() => {
      const blob = Utilities.newBlob([200, 1, -3], 'application/octet-stream', 'a.bin');
      expect(blob.getBytes()).toEqual([-56, 1, -3]);
      expect(blob.getContentType()).toBe('application/octet-stream');
      blob.setName('b.bin');
      expect(blob.getName()).toBe('b.bin');
      expect(Utilities.newBlob('x').getContentType()).toBeNull();
    });
  });

  it('getAs("application/pdf") works only for PDFs and renames the file (README A-BLOB-PDF)', () => {
    const { Utilities, run } = setup();
    run(() => {
      const pdf = Utilities.newBlob('%PDF-1.4', 'application/pdf', 'book.bin');
      expect(pdf.getAs('application/pdf').getName()).toBe('book.pdf');
      expect(() => Utilities.newBlob('<p>x</p>', 'text/html').getAs('application/pdf')).toThrow(
        NotImplementedError,
      );
    });
  });
});

describe('Utilities.zip produces a real ZIP (reference/utilities/utilities#zip(BlobSource,String))', () => {
  it('is accepted by unzip -t (or parsed back) with every entry intact', () => {
    const { Utilities, run } = setup();
    const zip = run(() =>
      Utilities.zip(
        [
          Utilities.newBlob('{"a":1}', 'application/json', 'manifest.json'),
          Utilities.newBlob('x'.repeat(5000), 'text/plain', 'SHA256SUMS'),
          Utilities.newBlob('Lớp 10A', 'text/plain', 'Lớp 10A.txt'),
        ],
        'snapshot.zip',
      ),
    );
    expect(zip.getName()).toBe('snapshot.zip');
    expect(zip.getContentType()).toBe('application/zip');
    const bytes = (zip as unknown as EmuBlob).raw();
    const entries = readZip(bytes);
    expect(entries.map((e) => e.name)).toEqual(['manifest.json', 'SHA256SUMS', 'Lớp 10A.txt']);
    expect(Buffer.from(entries[1]!.data).toString()).toBe('x'.repeat(5000));
    let hasUnzip = true;
    try {
      execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    } catch {
      hasUnzip = false;
    }
    if (hasUnzip) {
      const file = join(mkdtempSync(join(tmpdir(), 'emu-zip-')), 'snapshot.zip');
      writeFileSync(file, bytes);
      expect(execFileSync('unzip', ['-t', file]).toString()).toMatch(/No errors detected/);
    }
    const back = run(() => Utilities.unzip(zip));
    expect(back.map((b) => b.getName())).toEqual(['manifest.json', 'SHA256SUMS', 'Lớp 10A.txt']);
  });
});

describe('Utilities.formatDate: Java SimpleDateFormat in a real time zone (reference/utilities/utilities#formatDate)', () => {
  const at = new Date('2025-09-05T17:04:09.007Z');
  it.each([
    ['Asia/Ho_Chi_Minh', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", '2025-09-06T00:04:09.007+07:00'],
    ['UTC', "yyyy-MM-dd'T'HH:mm:ssXXX", '2025-09-05T17:04:09Z'],
    ['Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm', '06/09/2025 00:04'],
    ['Asia/Ho_Chi_Minh', 'EEE, d MMM yy h:mm a Z', 'Sat, 6 Sep 25 12:04 AM +0700'],
    ['America/New_York', 'yyyyMMdd HHmm XX', '20250905 1304 -0400'],
    ['GMT+7', "HH 'giờ' mm", '00 giờ 04'],
    ['Asia/Ho_Chi_Minh', "'It''s' EEEE", "It's Saturday"],
  ])('%s %s', (tz, pattern, expected) => {
    const { Utilities, run } = setup();
    expect(run(() => Utilities.formatDate(at, tz, pattern))).toBe(expected);
  });
});

describe('sleep, getUuid and the virtual Date', () => {
  it('sleep advances the time the bundle sees and counts toward the 6-minute limit (reference/utilities/utilities#sleep)', () => {
    const { ws, Utilities, run } = setup();
    const VDate = createVirtualDate(ws);
    const start = ws.clock.now();
    run(() => {
      expect(new VDate().getTime()).toBe(start + ws.execution.estimatedMs);
      const before = VDate.now();
      Utilities.sleep(1000);
      expect(VDate.now() - before).toBeGreaterThanOrEqual(1000);
      expect(new VDate() instanceof Date).toBe(true);
      expect(new Date(0) instanceof VDate).toBe(true);
      expect(new VDate(2025, 0, 2).getFullYear()).toBe(2025);
      expect(() => Utilities.sleep(300001)).toThrow(/maximum is 300000/);
    });
  });

  it('sleeping past 6 minutes fails with "Exceeded maximum execution time" (guides/services/quotas)', () => {
    const { ws, Utilities, run } = setup();
    expect(() =>
      run(() => {
        Utilities.sleep(300000);
        Utilities.sleep(300000);
      }),
    ).toThrow('Exceeded maximum execution time');
    expect(ws.executions[0]?.error).toBe('Exceeded maximum execution time');
  });

  it('getUuid: RFC 4122 v4 layout, unique and deterministic per workspace (README A-UUID)', () => {
    const a = setup();
    const b = setup();
    const ua = a.run(() => [a.Utilities.getUuid(), a.Utilities.getUuid()]);
    const ub = b.run(() => [b.Utilities.getUuid(), b.Utilities.getUuid()]);
    expect(ua[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ua[0]).not.toBe(ua[1]);
    expect(ua).toEqual(ub);
  });

  it('unmodelled members throw NotImplementedError naming themselves', () => {
    const { Utilities, run } = setup();
    expect(() => run(() => Utilities.computeRsaSha256Signature('a', 'b'))).toThrow(
      'Emulator: Utilities.computeRsaSha256Signature is not implemented',
    );
  });
});
