/**
 * The token of a file-bound session (`asl-studio open` prints it in the URL). Its own module: the
 * page reads it before the first paint, while the file API loads only in file mode.
 */
const TOKEN_KEY = 'asl-studio.file-token';

/** The token of a file-bound session: taken out of `?token=` (and the address bar), or kept from before. */
export function takeSessionToken(location: Location = window.location): string | undefined {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const rest = params.toString();
    history.replaceState(null, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}
