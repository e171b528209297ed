// Reads a user's text file, refusing what cannot be an article: missing, empty, binary or
// not UTF-8. The message names the file; no stack trace reaches the user.
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors';

export function decodeText(file: string, bytes: Uint8Array): string {
	if (bytes.length === 0) throw new InputError(file, 'the file is empty');
	if (bytes.includes(0))
		throw new InputError(file, 'the file is binary (it contains NUL bytes), not text');
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new InputError(file, 'the file is not valid UTF-8 text');
	}
	text = text.replace(/^\uFEFF/, '');
	if (!text.trim()) throw new InputError(file, 'the file has no text');
	return text;
}

export async function readTextFile(file: string): Promise<string> {
	let bytes: Uint8Array;
	try {
		bytes = await readFile(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new InputError(
			file,
			code === 'ENOENT'
				? 'no such file'
				: code === 'EISDIR'
					? 'is a directory, not a file'
					: `cannot read the file (${code ?? 'unknown error'})`
		);
	}
	return decodeText(file, bytes);
}
