/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ps-timing.h"

void
ps_timing_mark (const char *what)
{
  static int on = -1;
  static gint64 start;

  if (on < 0)
    {
      on = g_getenv ("PORTAGE_SIMULATOR_TIMING") != NULL;
      start = g_get_monotonic_time ();
    }
  if (on)
    g_print ("timing: %s: %.1f ms\n", what, (g_get_monotonic_time () - start) / 1000.0);
}
