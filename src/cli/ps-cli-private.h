/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What ps-cli.c shares with the commands in their own files
 * (ps-cli-<command>.c, as git's builtin/ does). */

#include <cJSON.h>
#include <glib.h>

#include "ps-comparison.h"
#include "ps-rates.h"

G_BEGIN_DECLS

typedef struct _PsCliOptions PsCliOptions;

/* The comparison of the compare options (and --scenario); @rates holds
 * @params: unref it after use. With @days_optional the days billed may
 * be left out (the caller sets them). */
gboolean ps_cli_compare        (const PsCliOptions *options,
                                gboolean            days_optional,
                                PsRates           **rates,
                                const PsParams    **params,
                                PsComparison       *comparison,
                                GError            **error);
gboolean ps_cli_options_json   (const PsCliOptions *options);
void     ps_cli_print_json     (cJSON              *obj);
/* pads @text to @width characters (not bytes) */
char    *ps_cli_pad            (const char         *text,
                                int                 width,
                                gboolean            right);

/* rights: what each status protects (ps-cli-rights.c) */
int                 ps_cli_rights_run     (const PsCliOptions *options,
                                           GError            **error);
/* year: the realistic year (ps-cli-rights.c); its own options */
int                 ps_cli_year_run       (const PsCliOptions *options,
                                           GError            **error);
const GOptionEntry *ps_cli_year_entries   (void);
void                ps_cli_year_clear     (void);

G_END_DECLS
