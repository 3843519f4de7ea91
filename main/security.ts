import { app, BrowserWindow, session, shell, type WebContents } from 'electron';
import { confirmExternalUrl } from './confirm-external';
import { isSafeExternalUrl } from './url-policy';

/**
 * Electron's security checklist, applied to every web contents the app ever creates: no
 * navigation away from the app, no new windows (http(s) links go to the system browser after
 * validation and only once the user confirmed the full URL, as for `shell:open-external`), no
 * webviews, and every permission request denied.
 */
export function hardenWebContents(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isSafeExternalUrl(url))
        void confirmExternalUrl(BrowserWindow.fromWebContents(contents) ?? undefined, url).then((agreed) =>
          agreed ? shell.openExternal(url) : undefined,
        );
      return { action: 'deny' };
    });
  });
}
