// npm start: the local run. Builds the bundle, creates an emulated Workspace, installs the add-on
// and plays a scripted school year as far as the product goes, leaving real files under out/.
import { build } from './build';

async function main(): Promise<void> {
  await build();
  console.log('Sổ điểm: bản chạy thử cục bộ — đang được xây dựng.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
