/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-rates.h"

G_BEGIN_DECLS

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

G_END_DECLS
