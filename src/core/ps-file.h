/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cJSON.h>
#include <glib.h>

G_BEGIN_DECLS

/* The rules every file the application reads or writes follows:
 *
 * - read: only a regular file (not a device, a FIFO or a folder), its
 *   size checked before a byte is read;
 * - write: the whole file or nothing (a hidden temporary file next to
 *   the target, synced, then renamed over it); through a symlink, to its
 *   target (as editors do); the target's mode, and where allowed its
 *   owner, kept; a file with several hard links rewritten in place (after
 *   its new contents are safely on disk) so that the links stay one file;
 *   devices, FIFOs and folders refused;
 * - temporary files are named after the process that made them: what a
 *   killed run left behind is removed by the next write to that folder.
 *
 * Errors are G_FILE_ERROR, with a translated message that names the file. */

/* Reads @path whole, refusing what is not a regular file or is larger
 * than @max_size bytes. */
gboolean  ps_file_read              (const char  *path,
                                     gsize        max_size,
                                     char       **out_contents,
                                     gsize       *out_length,
                                     GError     **error);

/* Writes @contents to @path atomically, following the rules above. */
gboolean  ps_file_write             (const char  *path,
                                     const char  *contents,
                                     gsize        length,
                                     GError     **error);

/* Where @path really writes to: the end of its chain of symlinks (which
 * may not exist yet). NULL and @error if the chain loops. */
char     *ps_file_resolve_target    (const char  *path,
                                     GError     **error);

/* A private temporary folder "portage-<what>-<pid>-XXXXXX" in the
 * temporary directory; the ones of processes that no longer run are
 * removed first. Remove it with ps_file_remove_tree (). */
char     *ps_file_make_temp_dir     (const char  *what,
                                     GError     **error);
void      ps_file_remove_tree       (const char  *path);

/* Parses a whole JSON text strictly: no NUL byte, nothing but white
 * space after the value, no key twice in an object. On failure returns
 * NULL and sets @out_problem to a translated sentence ("not valid JSON
 * (line 3)", "the key “tjm” appears twice"). */
cJSON    *ps_json_parse_strict      (const char  *text,
                                     gsize        length,
                                     char       **out_problem);

G_END_DECLS
