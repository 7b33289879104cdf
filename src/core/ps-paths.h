/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Where the program finds what meson installs beside it, installed or
 * run from its build folder (no environment variable needed). */

/* The meson build folder @exe_path lies in (a parent holding build.ninja
 * and meson-private/, up to three levels up), or NULL when it is installed. */
char       *ps_paths_build_root_of  (const char *exe_path);

/* The prefix a program installed at @exe_path was installed into
 * (<prefix>/<bindir>/program), or NULL when @exe_path is not in a bindir. */
char       *ps_paths_prefix_of      (const char *exe_path);

/* The same for the running program (/proc/self/exe). */
const char *ps_paths_build_root     (void);

/* The translations: PORTAGE_SIMULATOR_LOCALEDIR if set, else the build
 * folder's po/ when run from one, else the installed LOCALEDIR. */
const char *ps_paths_locale_dir     (void);

/* The settings of @schema_id: from the build folder's data/ when run from
 * it, else where GLib looks (GSETTINGS_SCHEMA_DIR, XDG_DATA_DIRS), else
 * the installed DATADIR; NULL if the schema is nowhere. */
GSettings  *ps_paths_settings_new   (const char *schema_id);

/* The file of the loadable module @name (portage-export: the workbook
 * writer): the build folder's src/export/ when run from it, else the
 * module folder beside the program's own prefix (a staged copy), else the
 * installed one (<libdir>/portage-simulator). */
char       *ps_paths_module_file    (const char *name);

/* The same for a program at @exe_path, in the build folder @build_root
 * (NULL: installed): what ps_paths_module_file () decides, testable. */
char       *ps_paths_module_file_of (const char *exe_path,
                                     const char *build_root,
                                     const char *name);

G_END_DECLS
