// npm run --silent grade -- FILE.json: grades the JSON of issue 4 and prints the result JSON.
// Invalid input exits with status 1 and Vietnamese messages naming each field.
import * as fs from 'node:fs';
import { grade, outputToJson, validateGradeInput } from '../src/domain/rules';

function fail(lines: string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(1);
}

function main(argv: string[]): void {
  const file = argv[0];
  if (file === undefined || argv.length > 1) {
    fail(['Cách dùng: npm run --silent grade -- TỆP.json']);
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    fail([`Không đọc được tệp "${file}": kiểm tra đường dẫn.`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fail([`Tệp "${file}" không phải JSON hợp lệ: ${(error as Error).message}`]);
  }
  const checked = validateGradeInput(json);
  if (!checked.ok)
    fail([`Dữ liệu không hợp lệ (${checked.errors.length} lỗi):`, ...checked.errors]);
  process.stdout.write(`${outputToJson(grade(checked.input))}\n`);
}

main(process.argv.slice(2));
