// The published directory in Drive: a JSON file beside the control workbook, readable by every
// staff member, writable by admins and the system account. Its id lives in script properties.
import type { Directory } from '../domain/directory';
import { parseDirectory } from '../domain/directory';

export const DIRECTORY_FILE_KEY = 'sodiem.directoryFileId';
export const DIRECTORY_FILE_NAME = 'Danh bạ phân công (tự động).json';

const notPublished =
  'Hệ thống chưa công bố danh sách phân công. Nhờ quản trị mở sổ quản trị và chạy «Đồng bộ quyền».';

/** A refusal people read as is (the sidebar shows its message). */
export class NotPublishedError extends Error {
  override name = 'PeopleError';
}

export function readDirectory(): Directory {
  const id = PropertiesService.getScriptProperties().getProperty(DIRECTORY_FILE_KEY);
  if (!id) throw new NotPublishedError(notPublished);
  return parseDirectory(DriveApp.getFileById(id).getBlob().getDataAsString('UTF-8'));
}

/** Writes the directory and shares it view-only with every staff member not yet a viewer. */
export function publishDirectory(directory: Directory): string {
  const props = PropertiesService.getScriptProperties();
  const json = JSON.stringify(directory);
  const known = props.getProperty(DIRECTORY_FILE_KEY);
  let file: GoogleAppsScript.Drive.File;
  if (known) {
    file = DriveApp.getFileById(known);
    file.setContent(json);
  } else {
    // Beside the control workbook; a workbook created at the top of My Drive reports no parent.
    const parents = DriveApp.getFileById(directory.controlId).getParents();
    file = parents.hasNext()
      ? parents.next().createFile(DIRECTORY_FILE_NAME, json, 'application/json')
      : DriveApp.createFile(DIRECTORY_FILE_NAME, json, 'application/json');
    props.setProperty(DIRECTORY_FILE_KEY, file.getId());
  }
  // Admins republish after their own changes (window, decision), so they edit; the rest read.
  const owner = file.getOwner()?.getEmail().toLowerCase();
  const editors = new Set(file.getEditors().map((u) => u.getEmail().toLowerCase()));
  const viewers = new Set(file.getViewers().map((u) => u.getEmail().toLowerCase()));
  const isAdmin = (t: Directory['teachers'][number]) =>
    t.roles.includes('admin') || t.roles.includes('principal');
  const others = directory.teachers.filter((t) => t.email !== owner && !editors.has(t.email));
  const newEditors = others.filter(isAdmin).map((t) => t.email);
  const newViewers = others.filter((t) => !isAdmin(t) && !viewers.has(t.email)).map((t) => t.email);
  if (newEditors.length > 0) file.addEditors(newEditors);
  if (newViewers.length > 0) file.addViewers(newViewers);
  return file.getId();
}
