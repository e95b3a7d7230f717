// Developer metadata. Doc: https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
import { AppsScriptError } from '../core/workspace';
import type { DocRef } from './context';
import type { DeveloperMetadataModel, SpreadsheetModel } from './model';
import { strict } from './strict';

export function addMetadata(
  model: SpreadsheetModel,
  key: string,
  value: string | null,
  visibility: unknown,
  location: DeveloperMetadataModel['location'],
): DeveloperMetadataModel {
  const d: DeveloperMetadataModel = {
    id: model.nextMetadataId++,
    key,
    value,
    visibility: String(visibility ?? 'DOCUMENT') === 'PROJECT' ? 'PROJECT' : 'DOCUMENT',
    location,
  };
  model.developerMetadata.push(d);
  return d;
}

export class MetadataImpl {
  constructor(
    private readonly doc: DocRef,
    readonly id: number,
  ) {
    return strict(this, 'DeveloperMetadata');
  }
  private get model(): DeveloperMetadataModel {
    const d = this.doc.model().developerMetadata.find((m) => m.id === this.id);
    if (!d) throw new AppsScriptError(`Developer metadata ${this.id} no longer exists.`);
    return d;
  }
  getId(): number {
    this.doc.ws.count('DeveloperMetadata.getId');
    return this.id;
  }
  getKey(): string {
    this.doc.ws.count('DeveloperMetadata.getKey');
    return this.model.key;
  }
  getValue(): string | null {
    this.doc.ws.count('DeveloperMetadata.getValue');
    return this.model.value;
  }
  getVisibility(): string {
    this.doc.ws.count('DeveloperMetadata.getVisibility');
    return this.model.visibility;
  }
  setValue(value: string): MetadataImpl {
    this.doc.ws.count('DeveloperMetadata.setValue');
    this.model.value = value;
    return this;
  }
  setKey(key: string): MetadataImpl {
    this.doc.ws.count('DeveloperMetadata.setKey');
    this.model.key = key;
    return this;
  }
  remove(): void {
    this.doc.ws.count('DeveloperMetadata.remove');
    const model = this.doc.model();
    model.developerMetadata = model.developerMetadata.filter((m) => m.id !== this.id);
  }
}

/** SpreadsheetApp.Spreadsheet.createDeveloperMetadataFinder(), filtered by key and/or value. */
export class MetadataFinderImpl {
  private keyFilter: string | null = null;
  private valueFilter: string | null = null;
  constructor(
    private readonly doc: DocRef,
    private readonly scope: (d: DeveloperMetadataModel) => boolean,
  ) {
    return strict(this, 'DeveloperMetadataFinder');
  }
  withKey(key: string): MetadataFinderImpl {
    this.keyFilter = key;
    return this;
  }
  withValue(value: string): MetadataFinderImpl {
    this.valueFilter = value;
    return this;
  }
  find(): MetadataImpl[] {
    this.doc.ws.count('DeveloperMetadataFinder.find');
    return this.doc
      .model()
      .developerMetadata.filter(this.scope)
      .filter(
        (d) =>
          (this.keyFilter === null || d.key === this.keyFilter) &&
          (this.valueFilter === null || d.value === this.valueFilter),
      )
      .map((d) => new MetadataImpl(this.doc, d.id));
  }
}
