/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ps-error.h"

G_DEFINE_QUARK (ps-input-error-quark, ps_input_error)
G_DEFINE_QUARK (ps-rates-error-quark, ps_rates_error)
