# bench_smoke: the generator on a tiny size, then one iteration of every benchmark on its output, so
# that the benchmark code keeps building and running. Times nothing.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    message("${out}${err}")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "failed (${rc}): ${ARGN}")
    endif()
endfunction()
run("${DATAGEN}" --size tiny --seed 3 --course "${WORK}/course" --history "${WORK}/history.sqlite")
# The same seed writes the same course.
run("${DATAGEN}" --size tiny --seed 3 --course "${WORK}/course2")
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${WORK}/course/zh-CN/quizzes/q-001.yaml"
                        "${WORK}/course2/zh-CN/quizzes/q-001.yaml" RESULT_VARIABLE same)
if(NOT same EQUAL 0)
    message(FATAL_ERROR "the generator is not deterministic")
endif()
# dojo_bench_content refuses a course with any error or warning before it benchmarks.
run("${BENCH_CONTENT}" --course "${WORK}/course" --benchmark_min_time=0.01)
run("${BENCH_CONTENT}" --course "${WORK}/course" --cold)
run("${BENCH_RECORDS}" --history "${WORK}/history.sqlite" --course "${WORK}/course" --samples 2)
run("${BENCH_SEARCH}" --course "${WORK}/course" --samples 2 --benchmark_min_time=0.01)
