// outputToJson: the output JSON with every number written with one decimal.
import { grade, outputToJson } from '../../../src/domain/rules';
import type { GradeOutput } from '../../../src/domain/rules';

describe('outputToJson', () => {
  const output = grade({
    ruleSet: 'TT58',
    subjects: [{ id: 'toan', name: 'Toán "A"', kind: 'scored', periodsPerYear: 35, key: true }],
    students: [
      {
        id: 'b',
        terms: {
          '1': { toan: { regular: [8, 8], midterm: 8, final: 8 } },
          '2': { toan: { regular: [9, 9], midterm: 9, final: 9.5 } },
        },
        conduct: { '1': 'Tốt', '2': 'Tốt' },
        absences: { excused: 0, unexcused: 0 },
      },
      { id: 'a', terms: {} },
    ],
  });

  it('parses back to the same object, students in input order', () => {
    const text = outputToJson(output);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(output)));
    expect(output.students.map((s) => s.id)).toEqual(['b', 'a']);
  });

  it('writes numbers with one decimal and indents like JSON.stringify', () => {
    const text = outputToJson(output);
    expect(text).toContain('"1": 8.0,');
    expect(text).toContain('"average": 8.0,');
    expect(text).toContain('"missing": []');
    expect(text.replace(/(\d+)\.0(?=[,\n\]}])/g, '$1')).toBe(JSON.stringify(output, null, 2));
  });

  it('writes one line with indent 0', () => {
    const small: GradeOutput = { students: [] };
    expect(outputToJson(small, 0)).toBe('{"students":[]}');
  });
});
