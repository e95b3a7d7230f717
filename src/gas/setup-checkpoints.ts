// Job checkpoints in script properties (9 KB per value; the setup checkpoint stays well under).
import type { Checkpoints } from '../app/setup/ports';

export class PropertiesCheckpoints implements Checkpoints {
  private readonly props = PropertiesService.getScriptProperties();
  load(key: string): string | null {
    return this.props.getProperty(key);
  }
  save(key: string, value: string | null): void {
    if (value === null) this.props.deleteProperty(key);
    else this.props.setProperty(key, value);
  }
}
