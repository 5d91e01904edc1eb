import { addTagsAction } from '../users/add-tags.action';
import { bulkEditPropertiesAction } from '../users/bulk-edit-properties.action';
import { setSignInStatusAction } from '../users/set-sign-in-status.action';
import { StewardError } from '../errors';
import {
  decodeCsvBytes,
  findCsvAttachment,
  parseBulkCsv,
  readCsvAttachment,
  TEAMS_FILE_DOWNLOAD_INFO,
  type ChatAttachment,
  type FetchLike,
} from './csv-input.parser';

/** What the operator sees from a CSV: the rows that will run, and one clear message per bad row. */

const JANE_ID = '3b0f4a7e-2f1c-4b8e-9d4a-0c6f1e2d3a4b';

function fileError(run: () => unknown): { message: string; hint?: string } {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(StewardError);
    const err = e as StewardError;
    expect(err.code).toBe('VALIDATION_FAILED');
    return { message: err.message, hint: err.hint };
  }
  throw new Error('expected a file-level error');
}

describe('parseBulkCsv', () => {
  it('reads a comma file with a BOM, CRLF, quoted values and parameter columns named like the input keys', () => {
    const csv =
      '\uFEFFUserPrincipalName,Department,Job Title\r\n' +
      'jane@contoso.com,Research,"Engineer, Senior"\r\n' +
      'megan@contoso.com,"R&D ""Labs""",\r\n' +
      '\r\n' +
      `${JANE_ID},,Analyst\r\n`;
    const parsed = parseBulkCsv(csv, bulkEditPropertiesAction);
    expect(parsed.delimiter).toBe(',');
    expect(parsed.targetColumn).toBe('UserPrincipalName');
    expect(parsed.paramColumns).toEqual(['department', 'jobTitle']);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual([
      { line: 2, target: 'jane@contoso.com', params: { department: 'Research', jobTitle: 'Engineer, Senior' } },
      { line: 3, target: 'megan@contoso.com', params: { department: 'R&D "Labs"' } },
      { line: 5, target: JANE_ID, params: { jobTitle: 'Analyst' } },
    ]);
  });

  it('detects a semicolon file (European Excel) and case-insensitive header aliases', () => {
    const csv = 'upn;DEPARTMENT;city\njane@contoso.com;Sales, Italy;Milan\nadele@contoso.com;Sales;Rome\n';
    const parsed = parseBulkCsv(csv, bulkEditPropertiesAction);
    expect(parsed.delimiter).toBe(';');
    expect(parsed.rows.map((r) => r.params)).toEqual([
      { department: 'Sales, Italy', city: 'Milan' },
      { department: 'Sales', city: 'Rome' },
    ]);
  });

  it('takes the object id column when both are present, and lists columns it does not read', () => {
    const csv = 'ObjectId,userPrincipalName,DisplayName\n' + `${JANE_ID},jane@contoso.com,Jane Doe\n` + ',megan@contoso.com,Megan Bowen\n';
    const parsed = parseBulkCsv(csv, setSignInStatusAction, { baseParams: { blocked: true } });
    expect(parsed.rows.map((r) => r.target)).toEqual([JANE_ID, 'megan@contoso.com']);
    expect(parsed.ignoredColumns).toEqual(['DisplayName']);
    expect(parsed.rows[0].params).toBeUndefined();
  });

  it('reports bad rows with line, what is wrong and how to fix it, and keeps the good rows', () => {
    const csv = [
      'UPN,blocked,revokeSessions',
      'jane@contoso.com,yes,no',
      'jane,true,true',
      ',true,',
      'megan@contoso.com,maybe,',
      'JANE@contoso.com,no,',
      'adele@contoso.com,TRUE,1,extra',
      'miriam@contoso.com,"false",',
    ].join('\n');
    const parsed = parseBulkCsv(csv, setSignInStatusAction);
    expect(parsed.rows).toEqual([
      { line: 2, target: 'jane@contoso.com', params: { blocked: true, revokeSessions: false } },
      { line: 8, target: 'miriam@contoso.com', params: { blocked: false } },
    ]);
    expect(parsed.problems.map((p) => [p.line, p.reason, p.message])).toEqual([
      [3, 'invalid', 'Line 3: "jane" is neither a user principal name (name@contoso.com) nor an object id (a GUID). Correct it, or delete the row.'],
      [4, 'invalid', 'Line 4: no user is named. Fill in the user principal name (or object id), or delete the row.'],
      [5, 'invalid', 'Line 5: blocked: "maybe" is not yes or no. Write true or false.'],
      [6, 'duplicate', 'Line 6: JANE@contoso.com is already on line 2, so this row is skipped. Keep one row per user.'],
      [7, 'invalid', 'Line 7: the row has 4 values but the header has 3 columns. Put a value that contains the delimiter in double quotes.'],
    ]);
  });

  it("validates each row with the action's own schema and rules (length limits, at least one property)", () => {
    const csv = `upn,department\njane@contoso.com,${'x'.repeat(65)}\nmegan@contoso.com,\n`;
    const parsed = parseBulkCsv(csv, bulkEditPropertiesAction);
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems.map((p) => p.message)).toEqual([
      'Line 2: department: Department has at most 64 characters. Correct the value, or delete the row.',
      'Line 3: department: Give at least one property to change.',
    ]);
  });

  it('merges the parameters said in the chat line, the row winning, and reads lists from one cell', () => {
    const tags = parseBulkCsv('upn,tags\njane@contoso.com,"Pilot; VIP"\nmegan@contoso.com,\n', addTagsAction, { baseParams: { tags: ['Onboarding'] } });
    expect(tags.rows).toEqual([
      { line: 2, target: 'jane@contoso.com', params: { tags: ['Pilot', 'VIP'] } },
      { line: 3, target: 'megan@contoso.com' },
    ]);
    expect(tags.problems).toEqual([]);
  });

  it('counts lines of quoted values that span lines, so later rows keep their real line numbers', () => {
    const csv = 'upn,jobTitle\njane@contoso.com,"Head of\nResearch"\nnot-a-user,Analyst\n';
    const parsed = parseBulkCsv(csv, bulkEditPropertiesAction);
    expect(parsed.rows[0].params).toEqual({ jobTitle: 'Head of\nResearch' });
    expect(parsed.problems[0].line).toBe(4);
  });

  it('refuses a file it cannot use as a whole, saying how to fix it', () => {
    expect(fileError(() => parseBulkCsv('', setSignInStatusAction))).toEqual({
      message: 'The file is empty.',
      hint: 'Put a header row with a UserPrincipalName (or ObjectId) column, then one user per row.',
    });
    expect(fileError(() => parseBulkCsv('Name,Mail\nJane,jane@contoso.com\n', setSignInStatusAction, { fileName: 'users.csv', baseParams: { blocked: true } }))).toEqual({
      message: '"users.csv" has no column that names the users (its header is: Name, Mail).',
      hint: 'Name one column UserPrincipalName (or UPN, ObjectId, Id, Target) and put one user per row under it.',
    });
    expect(fileError(() => parseBulkCsv('upn\n', setSignInStatusAction, { baseParams: { blocked: true } })).message).toBe('The file has a header row but no users.');
    expect(fileError(() => parseBulkCsv('upn\njane@contoso.com\n', setSignInStatusAction))).toEqual({
      message: '"Block or unblock sign-in" needs "blocked", and the file has no such column.',
      hint: 'Add a column named blocked with a value on every row, or say the value in your message.',
    });
    expect(fileError(() => parseBulkCsv('upn,jobTitle\njane@contoso.com,"Analyst\n', bulkEditPropertiesAction)).message).toBe(
      'The file: the quoted value that starts on line 2 is never closed.',
    );
    expect(fileError(() => parseBulkCsv('upn,UPN\njane@contoso.com,a@contoso.com\n', bulkEditPropertiesAction)).message).toBe('The file has the column "UPN" twice.');
  });

  it('enforces the size limits with a clear message', () => {
    const rows = Array.from({ length: 6 }, (_, i) => `user${i}@contoso.com`).join('\n');
    expect(fileError(() => parseBulkCsv(`upn\n${rows}\n`, setSignInStatusAction, { maxRows: 5, baseParams: { blocked: true } }))).toEqual({
      message: 'The file has 6 rows; a bulk job takes at most 5.',
      hint: 'Split it into smaller files and drop them one after the other.',
    });
    expect(fileError(() => parseBulkCsv(`upn\n${'a'.repeat(3000)}\n`, setSignInStatusAction, { maxBytes: 2048 })).message).toBe('The file is 3 KB; Steward reads files up to 2 KB.');
  });
});

describe('decodeCsvBytes', () => {
  it('reads UTF-8, UTF-16 with a BOM and Windows-1252 (older Excel) alike', () => {
    expect(decodeCsvBytes(Buffer.from('upn\nrené@contoso.com', 'utf8'))).toBe('upn\nrené@contoso.com');
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('upn\tcity\nrené@contoso.com\tMünchen', 'utf16le')]))).toBe(
      'upn\tcity\nrené@contoso.com\tMünchen',
    );
    expect(decodeCsvBytes(Buffer.from([0x72, 0x65, 0x6e, 0xe9]))).toBe('rené');
  });
});

describe('readCsvAttachment', () => {
  const attachment: ChatAttachment = {
    contentType: TEAMS_FILE_DOWNLOAD_INFO,
    name: 'block-list.csv',
    content: { downloadUrl: 'https://contoso-my.sharepoint.com/personal/admin/download?token=abc', uniqueId: 'f1', fileType: 'csv' },
  };

  function fakeFetch(body: string | Uint8Array, init: { status?: number; contentLength?: string } = {}): { fetch: FetchLike; calls: string[] } {
    const calls: string[] = [];
    const fetch: FetchLike = async (url, options) => {
      calls.push(`${options.method} ${url}`);
      const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
      return {
        ok: (init.status ?? 200) < 300,
        status: init.status ?? 200,
        headers: { get: (name: string) => (name.toLowerCase() === 'content-length' ? (init.contentLength ?? String(bytes.byteLength)) : null) },
        arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      };
    };
    return { fetch, calls };
  }

  async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string; hint?: string }> {
    const e = await promise.then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(StewardError);
    const err = e as StewardError;
    return { code: err.code, message: err.message, hint: err.hint };
  }

  it('finds the file among the attachments, downloads it with a plain GET and parses it', async () => {
    const card = { contentType: 'application/vnd.microsoft.card.adaptive', content: {} };
    expect(findCsvAttachment([card, attachment])).toBe(attachment);
    expect(findCsvAttachment([card])).toBeUndefined();
    const { fetch, calls } = fakeFetch('\uFEFFUPN\r\njane@contoso.com\r\nmegan@contoso.com\r\n');
    const parsed = await readCsvAttachment(attachment, setSignInStatusAction, { fetch }, { baseParams: { blocked: true } });
    expect(calls).toEqual(['GET https://contoso-my.sharepoint.com/personal/admin/download?token=abc']);
    expect(parsed.rows.map((r) => r.target)).toEqual(['jane@contoso.com', 'megan@contoso.com']);
  });

  it('names the file in its errors', async () => {
    const { fetch } = fakeFetch('Name\nJane\n');
    expect((await rejection(readCsvAttachment(attachment, setSignInStatusAction, { fetch }, { baseParams: { blocked: true } }))).message).toBe(
      '"block-list.csv" has no column that names the users (its header is: Name).',
    );
  });

  it('refuses what is not a CSV file sent in the chat, before downloading anything', async () => {
    const { fetch, calls } = fakeFetch('upn\n');
    expect(await rejection(readCsvAttachment({ ...attachment, name: 'users.xlsx', content: { downloadUrl: 'https://x.example/f', fileType: 'xlsx' } }, setSignInStatusAction, { fetch }))).toEqual({
      code: 'VALIDATION_FAILED',
      message: '"users.xlsx" is not a CSV file.',
      hint: 'Save it as CSV (in Excel: File › Save As › CSV UTF-8) and drop it again.',
    });
    expect((await rejection(readCsvAttachment({ contentType: 'image/png', name: 'shot.png' }, setSignInStatusAction, { fetch }))).message).toBe(
      'Steward cannot read "shot.png": it is not a file sent in this chat.',
    );
    expect(calls).toEqual([]);
  });

  it('says when Teams refuses the download, and refuses a file over the size limit from its Content-Length', async () => {
    expect(await rejection(readCsvAttachment(attachment, setSignInStatusAction, { fetch: fakeFetch('', { status: 403 }).fetch }))).toEqual({
      code: 'BACKEND_ERROR',
      message: 'Teams refused the download of "block-list.csv" (HTTP 403).',
      hint: 'The download link Teams gives is short-lived: drop the file again.',
    });
    const big = fakeFetch('upn\n', { contentLength: String(5 * 1024 * 1024) });
    expect((await rejection(readCsvAttachment(attachment, setSignInStatusAction, { fetch: big.fetch }))).message).toBe(
      '"block-list.csv" is 5.0 MB; Steward reads files up to 2.0 MB.',
    );
  });
});
