// Base.User as the Spreadsheet services return it (getEditors, getOwner).
import { strict } from './strict';

export class UserImpl implements Pick<GoogleAppsScript.Base.User, 'getEmail' | 'getUserLoginId'> {
  constructor(private readonly email: string) {
    return strict(this, 'User');
  }
  getEmail(): string {
    return this.email;
  }
  getUserLoginId(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

export function emailOf(user: string | { getEmail(): string }): string {
  return (typeof user === 'string' ? user : user.getEmail()).toLowerCase();
}
