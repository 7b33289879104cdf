/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Where the program's own files are: installed, or in its build folder. */
#include "config.h"

#include "ps-paths.h"

char *
ps_paths_build_root_of (const char *exe_path)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (exe_path != NULL, NULL);

  dir = g_path_get_dirname (exe_path);
  /* src/cli/portage-cli, src/portage-simulator, tests/test-… */
  for (int up = 0; up < 4; up++)
    {
      g_autofree char *ninja = g_build_filename (dir, "build.ninja", NULL);
      g_autofree char *private = g_build_filename (dir, "meson-private", NULL);
      char *parent;

      if (g_file_test (ninja, G_FILE_TEST_IS_REGULAR) && g_file_test (private, G_FILE_TEST_IS_DIR))
        return g_steal_pointer (&dir);
      parent = g_path_get_dirname (dir);
      if (g_str_equal (parent, dir))
        {
          g_free (parent);
          break;
        }
      g_free (dir);
      dir = parent;
    }
  return NULL;
}

const char *
ps_paths_build_root (void)
{
  static char *root;
  static gsize done;

  if (g_once_init_enter (&done))
    {
      g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

      root = exe != NULL ? ps_paths_build_root_of (exe) : NULL;
      g_once_init_leave (&done, 1);
    }
  return root;
}

char *
ps_paths_prefix_of (const char *exe_path)
{
  g_autofree char *dir = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *bin = NULL;

  g_return_val_if_fail (exe_path != NULL, NULL);

  /* only a relative bindir (bin, or e.g. games/bin) can be walked back */
  if (g_path_is_absolute (BINDIR_REL))
    return NULL;
  dir = g_path_get_dirname (exe_path);
  prefix = g_strdup (dir);
  for (const char *p = BINDIR_REL; *p != '\0'; p++)
    if (*p == '/' && p[1] != '\0' && p[1] != '/')
      {
        char *parent = g_path_get_dirname (prefix);

        g_free (prefix);
        prefix = parent;
      }
  {
    char *parent = g_path_get_dirname (prefix);

    g_free (prefix);
    prefix = parent;
  }
  expected = g_build_filename (prefix, BINDIR_REL, NULL);
  bin = g_canonicalize_filename (expected, "/");
  {
    g_autofree char *canonical_dir = g_canonicalize_filename (dir, "/");

    if (!g_str_equal (bin, canonical_dir))
      return NULL;
  }
  return g_steal_pointer (&prefix);
}

/* The prefix the running program was installed into, wherever that copy
 * now is (a staging folder, a DESTDIR): NULL in the build folder. */
static const char *
own_prefix (void)
{
  static char *prefix;
  static gsize done;

  if (g_once_init_enter (&done))
    {
      g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

      prefix = exe != NULL && ps_paths_build_root () == NULL ? ps_paths_prefix_of (exe) : NULL;
      g_once_init_leave (&done, 1);
    }
  return prefix;
}

/* @relative under the program's own prefix, if @probe (under it) exists. */
static char *
beside_own_prefix (const char *relative,
                   const char *probe)
{
  const char *prefix = own_prefix ();
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;

  if (prefix == NULL || g_path_is_absolute (relative))
    return NULL;
  dir = g_build_filename (prefix, relative, NULL);
  file = g_build_filename (dir, probe, NULL);
  return g_file_test (file, G_FILE_TEST_IS_REGULAR) ? g_steal_pointer (&dir) : NULL;
}

const char *
ps_paths_locale_dir (void)
{
  static char *dir;
  static gsize done;
  const char *env = g_getenv ("PORTAGE_SIMULATOR_LOCALEDIR");

  if (env != NULL && *env != '\0')
    return env;
  if (g_once_init_enter (&done))
    {
      const char *root = ps_paths_build_root ();
      g_autofree char *po = root != NULL ? g_build_filename (root, "po", NULL) : NULL;
      g_autofree char *mo = po != NULL ? g_build_filename (po, "fr", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL) : NULL;

      /* the build's own translations, when it has built them; else those
       * installed beside the program, wherever its prefix now is */
      if (mo != NULL && g_file_test (mo, G_FILE_TEST_IS_REGULAR))
        dir = g_steal_pointer (&po);
      else
        dir = beside_own_prefix (LOCALEDIR_REL, "fr/LC_MESSAGES/" GETTEXT_PACKAGE ".mo");
      if (dir == NULL)
        dir = g_strdup (LOCALEDIR);
      g_once_init_leave (&done, 1);
    }
  return dir;
}

char *
ps_paths_module_file_of (const char *exe_path,
                         const char *build_root,
                         const char *name)
{
  g_autofree char *file_name = NULL;
  g_autofree char *prefix = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  file_name = g_strconcat ("lib", name, ".so", NULL);
  if (build_root != NULL)
    return g_build_filename (build_root, "src", "export", file_name, NULL);
  /* installed, wherever that copy now is; an absolute libdir can't move */
  prefix = exe_path != NULL && !g_path_is_absolute (LIBDIR_REL) ? ps_paths_prefix_of (exe_path) : NULL;
  if (prefix != NULL)
    {
      g_autofree char *beside = g_build_filename (prefix, LIBDIR_REL, "portage-simulator", file_name, NULL);

      if (g_file_test (beside, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&beside);
    }
  return g_build_filename (LIBDIR, "portage-simulator", file_name, NULL);
}

char *
ps_paths_module_file (const char *name)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

  g_return_val_if_fail (name != NULL, NULL);
  return ps_paths_module_file_of (exe, ps_paths_build_root (), name);
}

/* The schemas of the build folder, or of the installed prefix (a prefix
 * GLib doesn't search, e.g. /opt or a home folder). */
static GSettingsSchemaSource *
own_source (void)
{
  static GSettingsSchemaSource *source;
  static gsize done;

  if (g_once_init_enter (&done))
    {
      const char *root = ps_paths_build_root ();
      g_autofree char *relative = g_build_filename (DATADIR_REL, "glib-2.0", "schemas", NULL);
      g_autofree char *dir = root != NULL ? g_build_filename (root, "data", NULL)
                                          : beside_own_prefix (relative, "gschemas.compiled");

      if (dir == NULL)
        dir = g_build_filename (DATADIR, "glib-2.0", "schemas", NULL);
      g_autofree char *compiled = g_build_filename (dir, "gschemas.compiled", NULL);

      if (g_file_test (compiled, G_FILE_TEST_IS_REGULAR))
        source = g_settings_schema_source_new_from_directory (dir, g_settings_schema_source_get_default (),
                                                              FALSE, NULL);
      g_once_init_leave (&done, 1);
    }
  return source;
}

GSettings *
ps_paths_settings_new (const char *schema_id)
{
  GSettingsSchemaSource *source;
  g_autoptr (GSettingsSchema) schema = NULL;

  g_return_val_if_fail (schema_id != NULL, NULL);

  /* GSETTINGS_SCHEMA_DIR set (the tests, run.sh): as GLib would */
  source = g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL && ps_paths_build_root () != NULL ? own_source () : NULL;
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, schema_id, TRUE);
  if (schema == NULL && g_settings_schema_source_get_default () != NULL)
    schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (), schema_id, TRUE);
  if (schema == NULL && (source = own_source ()) != NULL)
    schema = g_settings_schema_source_lookup (source, schema_id, TRUE);
  return schema != NULL ? g_settings_new_full (schema, NULL, NULL) : NULL;
}
