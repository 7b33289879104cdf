/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: portage-cli's argument parser and every command,
 * with arguments taken from the input (one per line). Exit codes 0, 1 or
 * 2 only; never a crash.
 *
 * A line "----" ends the arguments: the rest of the input is written to
 * a file, and an argument "@FILE" stands for that file's path — so that
 * --rates and --scenario read fuzzed files. The export writes into a
 * private folder: -o and --output keep only the file name there. */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ps-cli.h"
#include "ps-cli-bench.h"
#include "ps-file.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);
int LLVMFuzzerInitialize (int *argc, char ***argv);

static char *work_dir;
static char *input_file;

static void
remove_work_dir (void)
{
  if (work_dir != NULL)
    ps_file_remove_tree (work_dir);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* the commands print: keep the fuzzer's output readable */
  if (freopen ("/dev/null", "w", stdout) == NULL)
    return 1;
  g_setenv ("XDG_CONFIG_HOME", "/nonexistent", TRUE);
  work_dir = g_dir_make_tmp ("fuzz-cli-XXXXXX", NULL);
  if (work_dir == NULL || chdir (work_dir) != 0)
    return 1;
  input_file = g_build_filename (work_dir, "input.json", NULL);
  atexit (remove_work_dir);
  /* one call of each measure: bench is fuzzed for its parsing and paths */
  ps_cli_bench_set_quick (TRUE);
  return 0;
}

/* Where the export may write: a bare name in the private folder. */
static char *
confine (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);

  if (g_str_equal (path, "-"))
    return g_strdup (path);
  if (g_str_equal (base, ".") || g_str_equal (base, "..") || g_str_equal (base, "/"))
    return g_strdup ("out.xlsx");
  return g_steal_pointer (&base);
}

static void
empty_work_dir (void)
{
  g_autoptr (GDir) d = g_dir_open (work_dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (work_dir, name, NULL);

      if (g_file_test (p, G_FILE_TEST_IS_DIR) && !g_file_test (p, G_FILE_TEST_IS_SYMLINK))
        ps_file_remove_tree (p);
      else
        g_unlink (p);
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *) data, MIN (size, 65536));
  g_autoptr (GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  char *file_part = strstr (text, "\n----\n");
  g_auto (GStrv) lines = NULL;
  gboolean output_next = FALSE;
  int status;

  if (file_part != NULL)
    {
      *file_part = '\0';
      file_part += strlen ("\n----\n");
      if (!g_file_set_contents (input_file, file_part, -1, NULL))
        return 0;
    }
  lines = g_strsplit (text, "\n", 24);

  g_ptr_array_add (argv, g_strdup ("portage-cli"));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *a = lines[i];

      /* GOption prints the help and exit()s on --help, -h or -? (alone or in
       * a cluster of short options): that is not a crash */
      if (g_str_has_prefix (a, "--help") || (a[0] == '-' && a[1] != '-' && strpbrk (a, "h?") != NULL))
        {
          empty_work_dir ();
          return 0;
        }
      if (output_next)
        g_ptr_array_add (argv, confine (a));
      else if (g_str_has_prefix (a, "--output="))
        {
          g_autofree char *c = confine (a + strlen ("--output="));
          g_ptr_array_add (argv, g_strconcat ("--output=", c, NULL));
        }
      else if (g_str_has_prefix (a, "-o") && a[2] != '\0')
        {
          g_autofree char *c = confine (a + 2);
          g_ptr_array_add (argv, g_strconcat ("-o", c, NULL));
        }
      else if (g_str_equal (a, "@FILE"))
        g_ptr_array_add (argv, g_strdup (input_file));
      else
        g_ptr_array_add (argv, g_strdup (a));
      output_next = g_str_equal (a, "-o") || g_str_equal (a, "--output");
    }
  g_ptr_array_add (argv, NULL);

  status = ps_cli_run ((int) argv->len - 1, (char **) argv->pdata);
  g_assert_true (status == 0 || status == 1 || status == 2);
  empty_work_dir ();
  return 0;
}
