// The DriveApp global. https://developers.google.com/apps-script/reference/drive/drive-app
import { NotImplementedError, type Workspace } from '../core/workspace';
import { requireFull, SCOPES } from '../runtime/auth';
import { blobOf } from '../runtime/blob';
import { asGas, strict } from '../runtime/strict';
import { createFileIn, fileIterator, folderIterator, wrapFile, wrapFolder } from './items';
import { FOLDER_MIME, allVisible, newRecord, rootFolderOf, visibleRecord } from './records';

export const DriveAccess = {
  ANYONE: 'ANYONE',
  ANYONE_WITH_LINK: 'ANYONE_WITH_LINK',
  DOMAIN: 'DOMAIN',
  DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK',
  PRIVATE: 'PRIVATE',
} as const;
export const DrivePermission = {
  VIEW: 'VIEW',
  EDIT: 'EDIT',
  COMMENT: 'COMMENT',
  OWNER: 'OWNER',
  ORGANIZER: 'ORGANIZER',
  NONE: 'NONE',
} as const;

export function createDriveApp(ws: Workspace): GoogleAppsScript.Drive.DriveApp {
  const call = (method: string, units = 1) => {
    ws.count(`DriveApp.${method}`, units);
    requireFull(ws, `DriveApp.${method}`, SCOPES.drive);
  };
  const service = {
    Access: DriveAccess,
    Permission: DrivePermission,
    getFileById(id: string): GoogleAppsScript.Drive.File {
      call('getFileById');
      return wrapFile(ws, visibleRecord(ws, id, 'file').id);
    },
    getFolderById(id: string): GoogleAppsScript.Drive.Folder {
      call('getFolderById');
      return wrapFolder(ws, visibleRecord(ws, id, 'folder').id);
    },
    getRootFolder(): GoogleAppsScript.Drive.Folder {
      call('getRootFolder');
      return wrapFolder(ws, rootFolderOf(ws, ws.execution.user).id);
    },
    createFolder(name: string): GoogleAppsScript.Drive.Folder {
      call('createFolder');
      const root = rootFolderOf(ws, ws.execution.user);
      const folder = newRecord(ws, {
        name: String(name),
        mimeType: FOLDER_MIME,
        owner: ws.execution.user,
        parents: [root.id],
        content: { kind: 'folder' },
      });
      return wrapFolder(ws, folder.id);
    },
    createFile(
      blobOrName: unknown,
      content?: string,
      mimeType?: string,
    ): GoogleAppsScript.Drive.File {
      const bytes =
        typeof blobOrName === 'string'
          ? Buffer.byteLength(content ?? '')
          : blobOf(blobOrName).raw().length;
      call('createFile', bytes / 1e6);
      return createFileIn(ws, rootFolderOf(ws, ws.execution.user), blobOrName, content, mimeType);
    },
    getFiles(): GoogleAppsScript.Drive.FileIterator {
      call('getFiles');
      return fileIterator(
        ws,
        allVisible(ws, 'file').map((r) => r.id),
      );
    },
    getFolders(): GoogleAppsScript.Drive.FolderIterator {
      call('getFolders');
      return folderIterator(
        ws,
        allVisible(ws, 'folder').map((r) => r.id),
      );
    },
    getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
      call('getFilesByName');
      return fileIterator(
        ws,
        allVisible(ws, 'file')
          .filter((r) => r.name === name)
          .map((r) => r.id),
      );
    },
    getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
      call('getFoldersByName');
      return folderIterator(
        ws,
        allVisible(ws, 'folder')
          .filter((r) => r.name === name)
          .map((r) => r.id),
      );
    },
    getFilesByType(mimeType: string): GoogleAppsScript.Drive.FileIterator {
      call('getFilesByType');
      return fileIterator(
        ws,
        allVisible(ws, 'file')
          .filter((r) => r.mimeType === mimeType)
          .map((r) => r.id),
      );
    },
    searchFiles(query: string): never {
      throw new NotImplementedError(`DriveApp.searchFiles(${query})`);
    },
  };
  return asGas(strict('DriveApp', service));
}
