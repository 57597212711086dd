// cxx-workload.cc -- the wholesale test's C++ program (libstdc++): in
// each of four std::threads, exceptions thrown and caught in a loop
// through frames whose destructors are counted, std::map and std::string
// work; the results printed in thread order, so the output is
// deterministic.  Usage: cxx-workload N (iterations per thread).
#include <atomic>
#include <cstdlib>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

static std::atomic<long> destroyed{0};

struct Guard
{
  int id;
  explicit Guard (int i) : id (i) {}
  ~Guard () { destroyed.fetch_add (1, std::memory_order_relaxed); }
};

struct Odd : std::runtime_error
{
  long value;
  explicit Odd (long v) : std::runtime_error ("odd " + std::to_string (v)), value (v) {}
};

static long
deep (long i, int depth)
{
  Guard g (depth);
  if (depth == 0)
    {
      if (i % 2)
        throw Odd (i);
      if (i % 5 == 0)
        throw std::out_of_range ("five " + std::to_string (i));
      return i;
    }
  return deep (i, depth - 1) + 1;
}

struct Result
{
  long odd = 0, five = 0, ok = 0, sum = 0;
  std::map<std::string, long> counts;
};

static void
work (int t, long n, Result *r)
{
  for (long i = 0; i < n; i++)
    {
      try
        {
          r->sum += deep (i * 3 + t, static_cast<int> (i % 6));
          r->ok++;
        }
      catch (const Odd &e)
        {
          r->odd++;
          r->sum += e.value % 7;
        }
      catch (const std::exception &e)
        {
          r->five++;
          r->counts[std::string (e.what ()).substr (0, 6)]++;
        }
      std::ostringstream key;
      key << "k" << (i * 31 + t) % 17;
      r->counts[key.str ()] += i % 3;
    }
}

int
main (int argc, char **argv)
{
  if (argc != 2 || std::atoi (argv[1]) <= 0)
    {
      std::cerr << "usage: cxx-workload N\n";
      return 2;
    }
  long n = std::atol (argv[1]);
  std::vector<Result> results (4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; t++)
    threads.emplace_back (work, t, n, &results[t]);
  for (auto &th : threads)
    th.join ();
  long total = 0;
  for (int t = 0; t < 4; t++)
    {
      const Result &r = results[t];
      std::cout << "thread " << t << ": ok " << r.ok << " odd " << r.odd
                << " five " << r.five << " sum " << r.sum << "\n";
      for (const auto &kv : r.counts)
        if (kv.first[0] != 'k' || kv.first == "k3")
          std::cout << "  " << kv.first << " " << kv.second << "\n";
      total += r.ok + r.odd + r.five;
    }
  std::cout << "calls " << total << ", destructors run " << destroyed.load () << "\n";
  try
    {
      std::map<int, int> m;
      m.at (42);
    }
  catch (const std::out_of_range &)
    {
      std::cout << "map::at threw out_of_range\n";
    }
  return 0;
}
