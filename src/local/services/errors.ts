// Error messages worded as Apps Script words them, so add-on code that matches on them and
// tests that assert them see what they would see in Sheets.

/** Apps Script surfaces service failures as `Exception: <message>`; the message is what matters. */
export function serviceError(message: string): Error {
  return new Error(message);
}

export function noPermission(method: string): Error {
  // https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services:
  // custom functions may only read; a write fails with this message.
  return serviceError(`You do not have permission to call ${method}`);
}

export function invalidArgument(name: string): Error {
  return serviceError(`Invalid argument: ${name}`);
}

export function outOfBounds(): Error {
  return serviceError('The coordinates of the range are outside the dimensions of the sheet.');
}
