# cxx -- a C++ program (cxx-workload.cc, built once with $CXX): exceptions
# thrown and caught in a loop with destructors counted, std::map,
# std::thread, iostreams.
# needs: $WS_BIN/cxx-workload
# expect: status 0

"$WS_BIN/cxx-workload" 20000 > cxx.out; echo "status $?"
cat cxx.out
"$WS_BIN/cxx-workload" nonsense; echo "status $?"
