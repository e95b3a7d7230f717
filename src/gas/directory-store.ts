// The published directory in Drive: a JSON file beside the control workbook, readable by every
// staff member, writable by admins and the system account. Its id lives in script properties.
import type { Directory } from '../domain/directory';
import { parseDirectory } from '../domain/directory';

export const DIRECTORY_FILE_KEY = 'sodiem.directoryFileId';
export const DIRECTORY_FILE_NAME = 'Danh bạ phân công (tự động).json';

const notPublished =
  'Hệ thống chưa công bố danh sách phân công. Nhờ quản trị mở sổ quản trị và chạy «Đồng bộ quyền».';

export function readDirectory(): Directory {
  const id = PropertiesService.getScriptProperties().getProperty(DIRECTORY_FILE_KEY);
  if (!id) throw new Error(notPublished);
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
    const folder = DriveApp.getFileById(directory.controlId).getParents().next();
    file = folder.createFile(DIRECTORY_FILE_NAME, json, 'application/json');
    props.setProperty(DIRECTORY_FILE_KEY, file.getId());
  }
  const owner = file.getOwner()?.getEmail().toLowerCase();
  const present = new Set(
    [...file.getViewers(), ...file.getEditors()].map((u) => u.getEmail().toLowerCase()),
  );
  const missing = directory.teachers
    .map((t) => t.email)
    .filter((e) => e !== owner && !present.has(e));
  if (missing.length > 0) file.addViewers(missing);
  return file.getId();
}
