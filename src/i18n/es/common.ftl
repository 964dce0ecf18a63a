# Palabras que comparten todas las partes de accord: cuentas, fechas, teclas.
# Cada área tiene su propio archivo al lado de este (pantallas, copias, órdenes).

## Cuentas. Fluent elige la forma según las reglas de plural del español.

count-clauses = { $count ->
    [one] { $count } cláusula
   *[other] { $count } cláusulas
}
count-short-clauses = { $count ->
    [one] { $count } cláusula corta
   *[other] { $count } cláusulas cortas
}
count-questions = { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}
count-problems = { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}
count-sessions = { $count ->
    [one] { $count } reflexión
   *[other] { $count } reflexiones
}
count-other-sessions = { $count ->
    [one] { $count } reflexión más
   *[other] { $count } reflexiones más
}

## Fechas: "3 de noviembre de 2026 a las 09:05". $month va de 1 a 12.

month-short = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
date-day-month = { $day } de { $month }
date-day = { $day } de { $month } de { $year }
date-time = { $day } de { $month } de { $year } a las { $time }

## Quién hace la promesa de una cláusula, encima de ella.

speaker-doctor = El médico promete
speaker-patient = Usted promete
speaker-both = Los dos estamos de acuerdo

## Las teclas como las escriben el pie y la ayuda; letras y flechas no cambian.

key-enter = Intro
key-escape = Esc
key-tab = Tab
key-space = Espacio
key-page-up = RePág
key-page-down = AvPág
# Una tecla pulsada con Ctrl: $key es una letra.
key-ctrl = Ctrl-{ $key }

## El nombre del idioma en el propio idioma, junto al título de cada conjunto.

language-name = español

## Añadido al unir ramas.

count-people = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
