/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: portage-cli's argument parser and commands, with
 * arguments taken from the input (one per line). Exit codes 0, 1 or 2
 * only; never a crash. */
#include "config.h"

#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "ps-cli.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);
int LLVMFuzzerInitialize (int *argc, char ***argv);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* the commands print: keep the fuzzer's output readable */
  if (freopen ("/dev/null", "w", stdout) == NULL)
    return 1;
  g_setenv ("XDG_CONFIG_HOME", "/nonexistent", TRUE);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *) data, MIN (size, 4096));
  g_auto (GStrv) lines = g_strsplit (text, "\n", 24);
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  int status;

  g_ptr_array_add (argv, (char *) "portage-cli");
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *a = lines[i];

      /* GOption prints the help and exit()s on --help, -h or -? (alone or in
       * a cluster of short options): that is not a crash */
      if (g_str_has_prefix (a, "--help") || (a[0] == '-' && a[1] != '-' && strpbrk (a, "h?") != NULL))
        return 0;
      g_ptr_array_add (argv, lines[i]);
    }
  g_ptr_array_add (argv, NULL);

  /* timing loops and huge sweeps are not what is fuzzed here, nor the
   * export, which writes files where it is told (tests/test-xlsx.c) */
  if (argv->len > 2 && (g_str_equal (argv->pdata[1], "bench") || g_str_equal (argv->pdata[1], "sweep")
                        || g_str_equal (argv->pdata[1], "export")))
    return 0;

  status = ps_cli_run ((int) argv->len - 1, (char **) argv->pdata);
  g_assert_true (status == 0 || status == 1 || status == 2);
  return 0;
}
