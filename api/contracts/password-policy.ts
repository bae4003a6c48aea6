import { z } from "zod";

export const minPasswordCharacters = 12;

/**
 * Passwords people pick first that are 12 characters or longer, so the length rule alone lets them
 * through: the shapes that head leaked-password lists (counting, keyboard walks, "password" or a
 * word plus digits, one character repeated) and this product's own names. A short list on purpose,
 * shipped in code (no download, no lookup service). Compared lowercased without spaces, so
 * "Password 1234" is refused too.
 */
const commonPasswords = new Set([
  "123456789012",
  "1234567890123",
  "12345678901234",
  "123456789123",
  "123123123123",
  "098765432112",
  "111111111111",
  "000000000000",
  "password1234",
  "password12345",
  "password123!",
  "password2024",
  "password2025",
  "password2026",
  "passwordpassword",
  "mypassword123",
  "qwertyuiop12",
  "qwertyuiop123",
  "qwerty123456",
  "qwertyuiopasdf",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "asdfghjkl123",
  "zxcvbnm12345",
  "iloveyou1234",
  "letmein12345",
  "welcome12345",
  "welcome2026!",
  "administrator",
  "adminadmin12",
  "admin1234567",
  "changeme1234",
  "abcdefghijkl",
  "abc123456789",
  "abcd12345678",
  "monkey123456",
  "football1234",
  "baseball1234",
  "sunshine1234",
  "princess1234",
  "superman1234",
  "trustno1trustno1",
  "starwars1234",
  "dragon123456",
  "shiftcast123",
  "shiftcast2026",
  "shiftcast1234",
  "northwind123",
]);

const normalised = (password: string) => password.normalize("NFKC").toLowerCase().replace(/\s+/g, "");

/** Why a new password is refused, or null: at least 12 characters, not only blanks, not one character repeated, not a common one. */
export function passwordProblem(password: string): string | null {
  if ([...password].length < minPasswordCharacters) return `must be at least ${minPasswordCharacters} characters`;
  if (password.trim() === "") return "must not be only spaces";
  const compact = normalised(password);
  if (new Set(compact).size <= 1) return "must not repeat one character";
  if (commonPasswords.has(compact)) return "is too common; choose another";
  return null;
}

/** A password being set (accepting an invitation, changing it, the CLI): the same rule everywhere. */
export const newPassword = z
  .string()
  .max(200)
  .superRefine((password, context) => {
    const problem = passwordProblem(password);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });
