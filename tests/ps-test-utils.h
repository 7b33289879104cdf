/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cJSON.h>
#include <glib.h>

#include "ps-rates.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cJSON, cJSON_Delete)

/* Rates of @year resolved on the date "YYYY-MM-DD"; aborts the test on error. */
const PsParams *ps_test_params (const char *date);

/* Asserts |a − b| ≤ tol, with a message naming @what. */
#define ps_assert_euros(a, b, tol, what) \
  ps_test_assert_euros (__FILE__, __LINE__, (a), (b), (tol), (what))

void ps_test_assert_euros (const char *file,
                           int         line,
                           double      a,
                           double      b,
                           double      tol,
                           const char *what);

/* Sets LC_ALL to @locale; returns FALSE if the locale is not installed. */
gboolean ps_test_set_locale (const char *locale);
/* Whether fr_FR.UTF-8 is installed (LC_ALL stays C.UTF-8); if not, the
 * test fails, saying so. */
gboolean ps_test_require_french (void);

/* The number @key of the JSON object @o; aborts naming @key without one. */
double ps_test_json_number (cJSON      *o,
                            const char *key);

/* One run of portage-cli ($PORTAGE_CLI): its exit status and output. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} PsTestRun;

void ps_test_run_clear (PsTestRun *r);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PsTestRun, ps_test_run_clear)

/* Runs portage-cli with the NULL-terminated arguments, under LC_ALL=@locale
 * unless @locale is NULL; asserts that it exited normally. */
void ps_test_run_cli (PsTestRun  *r,
                      const char *locale,
                      ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
