/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PS_INPUT_ERROR (ps_input_error_quark ())
#define PS_RATES_ERROR (ps_rates_error_quark ())

typedef enum
{
  PS_INPUT_ERROR_EMPTY,
  PS_INPUT_ERROR_NOT_A_NUMBER,
  PS_INPUT_ERROR_OUT_OF_RANGE,
  PS_INPUT_ERROR_INVALID,
} PsInputError;

typedef enum
{
  PS_RATES_ERROR_NOT_FOUND,
  PS_RATES_ERROR_PARSE,
  PS_RATES_ERROR_MISSING_KEY,
  PS_RATES_ERROR_BAD_VALUE,
  PS_RATES_ERROR_DATE,
} PsRatesError;

GQuark ps_input_error_quark (void);
GQuark ps_rates_error_quark (void);

G_END_DECLS
