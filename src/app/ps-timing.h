/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* PORTAGE_SIMULATOR_TIMING set: prints "timing: @what: N ms" (since the
 * application object was made) on stdout, to see where the start-up goes
 * (see README, Performance); nothing otherwise. */
void ps_timing_mark (const char *what);

G_END_DECLS
