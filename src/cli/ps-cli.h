/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit codes */
#define PS_CLI_OK        0
#define PS_CLI_INTERNAL  1
#define PS_CLI_BAD_INPUT 2

int ps_cli_run (int    argc,
                char **argv);

G_END_DECLS
