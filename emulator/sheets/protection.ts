// SpreadsheetApp Protection. Doc: https://developers.google.com/apps-script/reference/spreadsheet/protection
import { AppsScriptError } from '../core/workspace';
import type { DocRef } from './context';
import type { ProtectionModel } from './model';
import { canEditProtection, effectiveEditors } from './protect';
import { RangeImpl } from './range';
import { strict } from './strict';
import { UserImpl, emailOf } from './user';

type P = GoogleAppsScript.Spreadsheet.Protection;
/** Assumption (README): the text when a non-editor reads or changes a protection. */
export const NOT_PROTECTION_EDITOR = 'You do not have permission to perform that action.';

export class ProtectionImpl implements Pick<
  P,
  'canEdit' | 'getDescription' | 'isWarningOnly' | 'canDomainEdit' | 'getRangeName'
> {
  constructor(
    private readonly doc: DocRef,
    readonly id: number,
  ) {
    return strict(this, 'Protection');
  }

  private count(method: string): void {
    this.doc.ws.count(`Protection.${method}`);
  }

  private get p(): ProtectionModel {
    const p = this.doc.model().protections.find((x) => x.id === this.id);
    if (!p) throw new AppsScriptError('The protection has been removed.');
    return p;
  }

  private editable(): ProtectionModel {
    const p = this.p;
    if (!canEditProtection(this.doc.ws, this.doc.file(), p, this.doc.user()))
      throw new AppsScriptError(NOT_PROTECTION_EDITOR);
    this.doc.touch();
    return p;
  }

  /** Editors become explicit the first time a script changes them (apps-script-facts §1.1). */
  private materialise(p: ProtectionModel): Set<string> {
    if (p.editors === null) p.editors = new Set(effectiveEditors(this.doc.file(), p));
    return p.editors;
  }

  canEdit(): boolean {
    this.count('canEdit');
    return canEditProtection(this.doc.ws, this.doc.file(), this.p, this.doc.user());
  }
  getEditors(): UserImpl[] {
    this.count('getEditors');
    const p = this.editable();
    return effectiveEditors(this.doc.file(), p).map((e) => new UserImpl(e));
  }
  addEditor(user: string | { getEmail(): string }): ProtectionImpl {
    this.count('addEditor');
    this.materialise(this.editable()).add(emailOf(user));
    return this;
  }
  addEditors(users: Array<string | { getEmail(): string }>): ProtectionImpl {
    this.count('addEditors');
    const set = this.materialise(this.editable());
    for (const u of users) set.add(emailOf(u));
    return this;
  }
  removeEditor(user: string | { getEmail(): string }): ProtectionImpl {
    this.count('removeEditor');
    this.remove1(this.editable(), [emailOf(user)]);
    return this;
  }
  removeEditors(users: Array<string | { getEmail(): string }>): ProtectionImpl {
    this.count('removeEditors');
    this.remove1(this.editable(), users.map(emailOf));
    return this;
  }
  private remove1(p: ProtectionModel, emails: string[]): void {
    const set = this.materialise(p);
    // "Neither the owner of the spreadsheet nor the current user can be removed."
    const keep = new Set([this.doc.file().owner, this.doc.user()]);
    for (const e of emails) if (!keep.has(e)) set.delete(e);
    set.add(this.doc.file().owner);
  }
  canDomainEdit(): boolean {
    this.count('canDomainEdit');
    return this.editable().domainEdit;
  }
  setDomainEdit(editable: boolean): ProtectionImpl {
    this.count('setDomainEdit');
    const p = this.editable();
    if (this.doc.ws.domainOf(this.doc.file().owner) === 'gmail.com') {
      throw new AppsScriptError(
        'Domain protection is only supported on documents within a domain.',
      );
    }
    this.materialise(p);
    p.domainEdit = editable;
    return this;
  }
  getDescription(): string {
    this.count('getDescription');
    return this.p.description;
  }
  setDescription(description: string): ProtectionImpl {
    this.count('setDescription');
    this.editable().description = description;
    return this;
  }
  isWarningOnly(): boolean {
    this.count('isWarningOnly');
    return this.p.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): ProtectionImpl {
    this.count('setWarningOnly');
    this.editable().warningOnly = warningOnly;
    return this;
  }
  getProtectionType(): string {
    this.count('getProtectionType');
    return this.p.sheetProtection ? 'SHEET' : 'RANGE';
  }
  getRange(): RangeImpl {
    this.count('getRange');
    const p = this.p;
    const sheet = this.doc.sheet(p.range.sheetId);
    const r0 = p.range.startRowIndex ?? 0;
    const c0 = p.range.startColumnIndex ?? 0;
    return new RangeImpl(
      this.doc,
      sheet.sheetId,
      r0,
      c0,
      (p.range.endRowIndex ?? sheet.rowCount) - r0,
      (p.range.endColumnIndex ?? sheet.columnCount) - c0,
    );
  }
  setRange(range: RangeImpl): ProtectionImpl {
    this.count('setRange');
    const p = this.editable();
    if (p.sheetProtection) throw new AppsScriptError('Cannot set the range of a sheet protection.');
    p.range = range.gridRange();
    return this;
  }
  getRangeName(): string {
    this.count('getRangeName');
    return this.p.rangeName ?? '';
  }
  setRangeName(name: string): ProtectionImpl {
    this.count('setRangeName');
    this.editable().rangeName = name;
    return this;
  }
  getUnprotectedRanges(): RangeImpl[] {
    this.count('getUnprotectedRanges');
    const p = this.p;
    if (!p.sheetProtection) return [];
    return p.unprotectedRanges.map((u) => {
      const sheet = this.doc.sheet(u.sheetId);
      const r0 = u.startRowIndex ?? 0;
      const c0 = u.startColumnIndex ?? 0;
      return new RangeImpl(
        this.doc,
        u.sheetId,
        r0,
        c0,
        (u.endRowIndex ?? sheet.rowCount) - r0,
        (u.endColumnIndex ?? sheet.columnCount) - c0,
      );
    });
  }
  setUnprotectedRanges(ranges: RangeImpl[]): ProtectionImpl {
    this.count('setUnprotectedRanges');
    const p = this.editable();
    if (!p.sheetProtection)
      throw new AppsScriptError('Unprotected ranges are only supported on protected sheets.');
    if (ranges.some((r) => r.sheetId !== p.range.sheetId))
      throw new AppsScriptError('The unprotected ranges must be on the protected sheet.');
    p.unprotectedRanges = ranges.map((r) => r.gridRange());
    return this;
  }
  remove(): void {
    this.count('remove');
    this.editable();
    const model = this.doc.model();
    model.protections = model.protections.filter((x) => x.id !== this.id);
  }
}
