/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Where the programs find their own files: a build folder is recognised by
 * meson's own markers (build.ninja, meson-private/), up from the program. */
#include "config.h"

#include <glib/gstdio.h>

#include "ps-paths.h"

static void
touch (const char *path)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "", 0, &error));
  g_assert_no_error (error);
}

static void
test_build_root_of (void)
{
  g_autofree char *top = g_dir_make_tmp ("ps-paths-XXXXXX", NULL);
  g_autofree char *cli_dir = g_build_filename (top, "src", "cli", NULL);
  g_autofree char *exe = g_build_filename (cli_dir, "portage-cli", NULL);
  g_autofree char *ninja = g_build_filename (top, "build.ninja", NULL);
  g_autofree char *private = g_build_filename (top, "meson-private", NULL);
  g_autofree char *none = NULL;
  g_autofree char *half = NULL;
  g_autofree char *found = NULL;

  g_assert_cmpint (g_mkdir_with_parents (cli_dir, 0700), ==, 0);
  touch (exe);
  /* installed: no marker */
  none = ps_paths_build_root_of (exe);
  g_assert_null (none);
  /* build.ninja alone is not enough (any folder may have one) */
  touch (ninja);
  half = ps_paths_build_root_of (exe);
  g_assert_null (half);
  g_assert_cmpint (g_mkdir (private, 0700), ==, 0);
  found = ps_paths_build_root_of (exe);
  g_assert_cmpstr (found, ==, top);

  g_rmdir (private);
  g_unlink (ninja);
  g_unlink (exe);
  g_rmdir (cli_dir);
  {
    g_autofree char *src = g_build_filename (top, "src", NULL);
    g_rmdir (src);
  }
  g_rmdir (top);
}

/* An installed program finds its prefix from where it is, wherever that
 * copy was moved (a DESTDIR staging folder): <prefix>/<bindir>/program. */
static void
test_prefix_of (void)
{
  g_autofree char *bin_exe = g_build_filename ("/stage/usr", BINDIR_REL, "portage-cli", NULL);
  g_autofree char *prefix = ps_paths_prefix_of (bin_exe);
  g_autofree char *elsewhere = ps_paths_prefix_of ("/stage/usr/libexec/portage-cli");
  g_autofree char *top = ps_paths_prefix_of ("/portage-cli");

  g_assert_cmpstr (prefix, ==, "/stage/usr");
  /* not in a bindir: no prefix, the configured paths are used */
  g_assert_null (elsewhere);
  g_assert_null (top);
}

/* this test program runs from the build folder: its root is the parent
 * of G_TEST_BUILDDIR (the tests/ folder) */
static void
test_this_build (void)
{
  g_autofree char *tests = g_canonicalize_filename (g_getenv ("G_TEST_BUILDDIR"), NULL);
  g_autofree char *root = g_path_get_dirname (tests);
  g_autofree char *po = g_build_filename (root, "po", NULL);

  g_assert_cmpstr (ps_paths_build_root (), ==, root);
  /* the variable wins */
  g_setenv ("PORTAGE_SIMULATOR_LOCALEDIR", "/nonexistent/locale", TRUE);
  g_assert_cmpstr (ps_paths_locale_dir (), ==, "/nonexistent/locale");
  /* without it: the build's po/, once its translations are built */
  g_unsetenv ("PORTAGE_SIMULATOR_LOCALEDIR");
  g_assert_cmpstr (ps_paths_locale_dir (), ==, po);
}

/* The workbook writer's module: the build folder's, else the one beside a
 * moved (staged) copy's prefix, else the installed one. */
static void
test_module_file_of (void)
{
  g_autofree char *top = g_dir_make_tmp ("ps-paths-XXXXXX", NULL);
  g_autofree char *exe = g_build_filename (top, BINDIR_REL, "portage-simulator", NULL);
  g_autofree char *module_dir = g_build_filename (top, LIBDIR_REL, "portage-simulator", NULL);
  g_autofree char *module = g_build_filename (module_dir, "libportage-export.so", NULL);
  g_autofree char *installed = g_build_filename (LIBDIR, "portage-simulator", "libportage-export.so", NULL);
  g_autofree char *built = g_build_filename ("/b", "src", "export", "libportage-export.so", NULL);
  g_autofree char *in_build = ps_paths_module_file_of ("/b/src/portage-simulator", "/b", "portage-export");
  g_autofree char *not_staged = NULL;
  g_autofree char *staged = NULL;
  g_autofree char *elsewhere = NULL;

  g_assert_cmpstr (in_build, ==, built);
  /* a copy whose module is not beside it: the installed one */
  not_staged = ps_paths_module_file_of (exe, NULL, "portage-export");
  g_assert_cmpstr (not_staged, ==, installed);
  g_assert_cmpint (g_mkdir_with_parents (module_dir, 0700), ==, 0);
  touch (module);
  staged = ps_paths_module_file_of (exe, NULL, "portage-export");
  g_assert_cmpstr (staged, ==, module);
  /* not in a bindir: the installed one */
  elsewhere = ps_paths_module_file_of ("/opt/x/portage-simulator", NULL, "portage-export");
  g_assert_cmpstr (elsewhere, ==, installed);

  g_unlink (module);
  {
    char *dir = g_strdup (module_dir);

    while (!g_str_equal (dir, top))
      {
        char *parent = g_path_get_dirname (dir);

        g_rmdir (dir);
        g_free (dir);
        dir = parent;
      }
    g_free (dir);
  }
  g_rmdir (top);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/paths/build-root-of", test_build_root_of);
  g_test_add_func ("/ps/paths/this-build", test_this_build);
  g_test_add_func ("/ps/paths/prefix-of", test_prefix_of);
  g_test_add_func ("/ps/paths/module-file-of", test_module_file_of);
  return g_test_run ();
}
