// DataValidation and its builder. Doc: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
import type { Workspace } from '../core/workspace';
import type { ValidationRuleModel } from './model';
import { strict } from './strict';

/** SpreadsheetApp.DataValidationCriteria names for the kinds we model. */
const CRITERIA: Record<ValidationRuleModel['kind'], string> = {
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  ONE_OF_LIST: 'VALUE_IN_LIST',
  TEXT_EQ: 'TEXT_EQUAL_TO',
  NUMBER_GREATER_THAN_EQ: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN_EQ: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  CHECKBOX: 'CHECKBOX',
};

export const DataValidationCriteria = Object.fromEntries(
  Object.values(CRITERIA).map((c) => [c, c]),
);

export class DataValidationImpl {
  constructor(private readonly rule: ValidationRuleModel) {
    return strict(this, 'DataValidation');
  }
  toModel(): ValidationRuleModel {
    return { ...this.rule, values: [...this.rule.values] };
  }
  getCriteriaType(): string {
    return CRITERIA[this.rule.kind];
  }
  getCriteriaValues(): unknown[] {
    return this.rule.kind === 'ONE_OF_LIST'
      ? [[...this.rule.values], this.rule.showCustomUi]
      : [...this.rule.values];
  }
  getHelpText(): string {
    return this.rule.helpText;
  }
  getAllowInvalid(): boolean {
    return !this.rule.strict;
  }
  copy(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(null, this.toModel());
  }
}

export function ruleFromModel(model: ValidationRuleModel): DataValidationImpl {
  return new DataValidationImpl({ ...model, values: [...model.values] });
}

export class DataValidationBuilderImpl {
  private rule: ValidationRuleModel;
  constructor(
    private readonly ws: Workspace | null,
    from?: ValidationRuleModel,
  ) {
    this.rule = from ?? {
      kind: 'NUMBER_BETWEEN',
      values: [],
      strict: false,
      helpText: '',
      showCustomUi: true,
    };
    return strict(this, 'DataValidationBuilder');
  }
  private set(
    kind: ValidationRuleModel['kind'],
    values: Array<string | number>,
  ): DataValidationBuilderImpl {
    this.ws?.count(`DataValidationBuilder.${kind}`);
    this.rule = { ...this.rule, kind, values };
    return this;
  }
  requireNumberBetween(start: number, end: number): DataValidationBuilderImpl {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): DataValidationBuilderImpl {
    return this.set('NUMBER_GREATER_THAN_EQ', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): DataValidationBuilderImpl {
    return this.set('NUMBER_LESS_THAN_EQ', [n]);
  }
  requireValueInList(values: string[], showDropdown = true): DataValidationBuilderImpl {
    this.set('ONE_OF_LIST', values.map(String));
    this.rule.showCustomUi = showDropdown;
    return this;
  }
  requireTextEqualTo(text: string): DataValidationBuilderImpl {
    return this.set('TEXT_EQ', [text]);
  }
  requireCheckbox(): DataValidationBuilderImpl {
    return this.set('CHECKBOX', []);
  }
  setAllowInvalid(allow: boolean): DataValidationBuilderImpl {
    this.rule.strict = !allow;
    return this;
  }
  setHelpText(text: string): DataValidationBuilderImpl {
    this.rule.helpText = text;
    return this;
  }
  build(): DataValidationImpl {
    if (this.rule.values.length === 0 && this.rule.kind !== 'CHECKBOX') {
      throw new Error('Emulator: DataValidationBuilder.build called before a require… criterion');
    }
    return new DataValidationImpl(this.toModelCopy());
  }
  private toModelCopy(): ValidationRuleModel {
    return { ...this.rule, values: [...this.rule.values] };
  }
}
